"""Reading a resident's query and matching it against the index.

The query is only normalized (search/normalize.py), never read with the dictionary: each of
its words must be in an entry's normalized text, or, for a word without kanji (ぼうさい,
ボウサイ, ﾎﾞｳｻｲ), in the entry's readings. `contains` on the normalized columns is served by
the pg_trgm GIN indexes on PostgreSQL (migration 0002); SQLite runs the same query unindexed.
"""

import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from search.models import SearchEntry
from search.normalize import normalize

MAX_QUERY_LENGTH = 100
MAX_WORDS = 5
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")


@dataclass(frozen=True)
class Query:
    text: str  # what was typed (control characters out), to show back in the box
    words: tuple[str, ...]  # normalized
    error: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.words) and not self.error


def parse(raw: str | None) -> Query:
    """The query `raw` (any string: NUL, emoji, 10,000 characters) as words, or why not."""
    text = "".join(c if c.isprintable() else " " for c in (raw or "")).strip()
    if len(text) > MAX_QUERY_LENGTH:
        message = _("検索する言葉は%(max)s文字までにしてください。") % {"max": MAX_QUERY_LENGTH}
        return Query(text[:MAX_QUERY_LENGTH], (), message)
    words = tuple(dict.fromkeys(normalize(text).split()))[:MAX_WORDS]
    if not words:
        return Query(text, (), _("検索する言葉を入れてください。"))
    return Query(text, words)


def has_kanji(word: str) -> bool:
    return bool(KANJI.search(word))


def word_condition(word: str) -> Q:
    condition = Q(normalized__contains=word)
    if not has_kanji(word):
        condition |= Q(readings__contains=word)
    return condition


def matching(query: Query, entries: QuerySet | None = None) -> QuerySet:
    """The entries holding every word of `query` (none for a query that is not ok)."""
    entries = SearchEntry.objects.all() if entries is None else entries
    if not query.ok:
        return entries.none()
    for word in query.words:
        entries = entries.filter(word_condition(word))
    return entries
