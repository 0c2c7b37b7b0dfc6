"""/search/?q=: the public index, grouped by kind, the query's words marked.

Without `kind`, each kind shows its first results and how many it has (two queries in all:
the counts, and the first rows of every kind at once); with `kind`, that kind's results are
paginated. A query that cannot be searched (empty, too long) gets a message, never an
error. The page is the same for everyone, so the anonymous page cache may keep it.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.fiscal_year import fiscal_year_label
from search import highlight
from search.models import Kind, SearchEntry
from search.query import Query, matching, parse

FIRST_OF_KIND = 5
PER_PAGE = 20
DATED = (Kind.EVENT, Kind.REPORT)  # shown with their date; themes and plans with their year
ORDER = [F("sort_date").desc(nulls_last=True), "title", "pk"]


@dataclass(frozen=True)
class Result:
    title: str
    excerpt: str
    url: str
    date: object
    year: str


@dataclass
class Group:
    kind: str
    label: str
    count: int
    results: list[Result]


def search(request):
    query = parse(request.GET.get("q")) if "q" in request.GET else None
    kind = request.GET.get("kind")
    kind = kind if kind in Kind.values else None
    context = {"query": query, "kind": kind, "breadcrumbs": [(_("サイト内検索"), None)]}
    if query is not None and query.ok:
        if kind is None:
            context |= _grouped(query)
        else:
            context |= _one_kind(request, query, kind)
    return render(request, "search/results.html", context)


def _grouped(query: Query) -> dict:
    entries = matching(query)
    counts = dict(entries.order_by().values_list("kind").annotate(n=Count("pk")))
    first = entries.annotate(
        rank=Window(RowNumber(), partition_by=[F("kind")], order_by=ORDER)
    ).filter(rank__lte=FIRST_OF_KIND)
    by_kind: dict[str, list[Result]] = {}
    for entry in first.order_by(*ORDER):
        by_kind.setdefault(entry.kind, []).append(_result(entry, query))
    groups = [
        Group(value, label, counts[value], by_kind.get(value, []))
        for value, label in Kind.choices
        if counts.get(value)
    ]
    return {"groups": groups, "total": sum(counts.values())}


def _one_kind(request, query: Query, kind: str) -> dict:
    entries = matching(query).filter(kind=kind).order_by(*ORDER)
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    results = [_result(entry, query) for entry in page.object_list]
    group = Group(kind, Kind(kind).label, page.paginator.count, results)
    return {"groups": [group] if results else [], "total": page.paginator.count, "page": page}


def _result(entry: SearchEntry, query: Query) -> Result:
    return Result(
        title=highlight.marked(entry.title, query.words),
        excerpt=highlight.excerpt(entry.body, query.words),
        url=_localized(entry.url),
        date=entry.sort_date if entry.kind in DATED else None,
        year=fiscal_year_label(entry.fiscal_year) if entry.fiscal_year else "",
    )


def _localized(path: str) -> str:
    """The index keeps the Japanese path; English pages live under /en/."""
    language = get_language()
    return path if language in (None, "ja") else f"/{language}{path}"
