from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from areas import listing as area_listing
from areas.models import Charter, CommonTheme, Goal, Network, YearlyTheme
from booklet.models import YearBooklet
from core.fiscal_year import (
    current_fiscal_year,
    fiscal_year_end,
    fiscal_year_start,
    is_known_year,
)
from events import services as event_services
from events.models import ActivityReport, Event

HOME_EVENTS = 6
HOME_REPORTS = 5
HOME_GROUPS_PER_STATUS = 12
CHARTER_EVENTS_PER_GOAL = 10
# Each goal names its first areas only, with their number: at national scale a goal has
# hundreds; the area list, the area pages and the year's report have them all.
CHARTER_AREAS_PER_GOAL = 12


def latest_common_themes(year: int) -> list[CommonTheme]:
    """The common themes of `year`, or of the latest earlier year that has any."""
    themes = list(CommonTheme.objects.filter(fiscal_year__lte=year).order_by("-fiscal_year")[:20])
    return [t for t in themes if t.fiscal_year == themes[0].fiscal_year] if themes else []


def home(request):
    year = current_fiscal_year()
    context = {
        "fiscal_year": year,
        "charter": Charter.objects.for_year(year).prefetch_related("goals").first(),
        "common_themes": latest_common_themes(year),
        # A few groups of each status with the counts: the area list has them all.
        "groups_by_status": area_listing.first_by_status(HOME_GROUPS_PER_STATUS),
        "occurrences": event_services.upcoming_occurrences(Event.objects.published(), HOME_EVENTS),
        "reports": ActivityReport.objects.published()
        .select_related("event")
        # The list shows each report's first photo; it names no area groups.
        .prefetch_related(event_services.report_photos_prefetch())
        .order_by("-held_on", "-pk")[:HOME_REPORTS],
    }
    return render(request, "portal/home.html", context)


def charter(request):
    years = _charter_years()
    year = _asked_year(request)
    context = {
        "year": year,
        "years": years,
        "charter": _charter_with_goals(year),
        # The year's own lead and theme policy (the booklet's words), never another year's.
        "words": YearBooklet.objects.of(Network.objects.default(), year),
        "common_themes": list(CommonTheme.objects.for_year(year)),
        "breadcrumbs": [(_("理念・目的・目標"), None)],
        # The event list shows upcoming dates by default; these links ask for the whole year.
        "events_url": reverse("events:list"),
        "year_range": f"date_from={fiscal_year_start(year)}&date_to={fiscal_year_end(year)}",
    }
    return render(request, "portal/charter.html", context)


def _charter_years() -> list[int]:
    """The years that have a charter or common themes, newest first."""
    return sorted(
        set(Charter.objects.values_list("fiscal_year", flat=True))
        | set(CommonTheme.objects.values_list("fiscal_year", flat=True)),
        reverse=True,
    )


def _asked_year(request) -> int:
    """The `?year=` asked for, or the current fiscal year (with a warning if it was not one)."""
    current = current_fiscal_year()
    asked = request.GET.get("year")
    if asked is None:
        return current
    try:
        year = int(asked)
        if not is_known_year(year):
            raise ValueError
    except ValueError:
        messages.warning(request, _("年度は 2023 のように西暦の数字で指定してください。"))
        return current
    return year


def _charter_with_goals(year: int) -> Charter | None:
    """The year's charter, each goal with the number of the year's published themes
    (`theme_count`), the first of them and its first events."""
    themes = YearlyTheme.objects.published().for_year(year)
    shown = themes.select_related("area_group").order_by("area_group__position", "area_group__pk")
    events = Event.objects.published().for_year(year).order_by("starts_at", "pk")
    goals = Goal.objects.prefetch_related(
        Prefetch("themes", queryset=shown[:CHARTER_AREAS_PER_GOAL], to_attr="year_themes"),
        Prefetch("events", queryset=events[:CHARTER_EVENTS_PER_GOAL], to_attr="year_events"),
    )
    charter = (
        Charter.objects.for_year(year).prefetch_related(Prefetch("goals", queryset=goals)).first()
    )
    if charter is not None:
        rows = themes.filter(goals__charter=charter).values_list("goals").annotate(n=Count("pk"))
        counts = dict(rows)
        for goal in charter.goals.all():
            goal.theme_count = counts.get(goal.pk, 0)
    return charter


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def bench_ceiling(request):
    """The fastest page there can be: a short text through the same middleware and server.

    bench/run reports every page's speed as a fraction of this one's. Served only when
    DJANGO_BENCH_CEILING is on.
    """
    if not settings.BENCH_CEILING:
        raise Http404
    return HttpResponse("ok", content_type="text/plain")
