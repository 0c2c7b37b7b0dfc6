"""The secretariat's dashboard for one fiscal year, from aggregate queries.

Reuses the report's figures (per area and goal) and adds months, organizations and the change
from the previous year. The number of queries is fixed whatever the size of the data.
"""

import datetime
from collections import defaultdict

from django.db.models import Count, Sum
from django.db.models.functions import ExtractMonth, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from areas.models import Membership
from booklet import charts
from booklet.services import build_report, held_events, year_activity_reports, year_totals
from core.fiscal_year import fiscal_year_bounds
from events.models import Event, Recurrence

# Fiscal-year order of months: April … March.
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]


def month_label(month: int) -> str:
    return _("%(month)s月") % {"month": month}


def build_dashboard(year: int, network=None) -> dict:
    report = build_report(year, network)
    figures = report["figures"]
    areas = figures["areas"]
    previous_areas = _events_by_area(year - 1)
    organizations = _organizations(year)
    kpis = _kpis(year, figures["totals"], organizations)
    months = _activity_reports_by_month(year)
    occurrences = _occurrences_by_area_and_month(year)
    month_rows = _month_rows(months, occurrences[None])
    area_months = _activity_reports_by_area_and_month(year)
    for area in areas:
        area["previous_events"] = previous_areas.get(area["slug"], 0)
        area["months"] = [area_months.get(area["slug"], {}).get(m, 0) for m in MONTHS]
        area["occurrence_months"] = [occurrences[area["slug"]].get(m, 0) for m in MONTHS]
        area["gaps"] = sum(1 for n in area["goals"] + area["common_themes"] if not n)
    return {
        "report": report,
        "kpis": kpis,
        "previous_year": year - 1,
        "areas": areas,
        "goals": figures["goals"],
        "common_themes": figures["common_themes"],
        "months": month_rows,
        "month_labels": [month_label(m) for m in MONTHS],
        "organizations": organizations,
        "charts": _charts(areas, month_rows, organizations),
    }


def _organizations(year: int) -> list[dict]:
    """The year's organizations with the number of areas each takes part in, most first."""
    return list(
        Membership.objects.for_year(year)
        .values("organization__name", "organization__is_member_coop")
        .annotate(areas=Count("area_group", distinct=True))
        .order_by("-areas", "organization__name")
    )


def _kpis(year: int, current: dict, organizations: list[dict]) -> list[dict]:
    """The headline figures of the year beside the previous year's."""
    previous = year_totals(year - 1)
    return [
        _kpi(_("活動数"), current["events"], previous["events"]),
        _kpi(_("実施報告"), current["reports"], previous["reports"]),
        _kpi(_("参加者数（延べ）"), current["participants"], previous["participants"]),
        _kpi(
            _("活動のあったグループ"), current["areas_with_events"], previous["areas_with_events"]
        ),
        _kpi(_("参加している生協・団体"), len(organizations), _organization_count(year - 1)),
    ]


def _month_rows(months: dict[int, dict], event_months: dict[int, int]) -> list[dict]:
    """One row per month of the fiscal year: occurrences, reports and participants."""
    return [
        {
            "label": month_label(m),
            "occurrences": event_months.get(m, 0),
            "reports": months.get(m, {}).get("n", 0),
            "participants": months.get(m, {}).get("participants") or 0,
        }
        for m in MONTHS
    ]


def _charts(areas: list[dict], month_rows: list[dict], organizations: list[dict]) -> dict:
    return {
        "areas": charts.horizontal_bars((a["name"], a["events"]) for a in areas),
        "reports": charts.horizontal_bars((a["name"], a["reports"]) for a in areas),
        "participants": charts.horizontal_bars((a["name"], a["participants"]) for a in areas),
        "months": charts.columns((r["label"], r["reports"]) for r in month_rows),
        "organizations": charts.horizontal_bars(
            (o["organization__name"], o["areas"]) for o in organizations
        ),
    }


def _kpi(label, value, previous) -> dict:
    return {"label": label, "value": value, "previous": previous, "change": value - previous}


def _organization_count(year: int) -> int:
    return Membership.objects.for_year(year).values("organization").distinct().count()


def _events_by_area(year: int) -> dict[str, int]:
    return dict(
        held_events(year)
        .values("area_groups__slug")
        .annotate(n=Count("pk", distinct=True))
        .values_list("area_groups__slug", "n")
    )


def _activity_reports_by_month(year: int) -> dict[int, dict]:
    return {
        row["month"]: row
        for row in year_activity_reports(year)
        .annotate(month=ExtractMonth("held_on"))
        .values("month")
        .annotate(n=Count("pk"), participants=Sum("participants"))
    }


def _activity_reports_by_area_and_month(year: int) -> dict[str, dict[int, int]]:
    table = defaultdict(dict)
    for slug, month, n in (
        year_activity_reports(year)
        .annotate(month=ExtractMonth("held_on"))
        .values("event__area_groups__slug", "month")
        .annotate(n=Count("pk", distinct=True))
        .values_list("event__area_groups__slug", "month", "n")
    ):
        table[slug][month] = n
    return table


def _occurrences_by_area_and_month(year: int) -> dict[str | None, dict[int, int]]:
    """Occurrences per area and month (key None: the whole year, each event once).

    Single events are counted by the database. Repeating events are few (a monthly café, a
    weekly class); their dates come from their recurrence rule, not from rows, so they are
    expanded here, from two queries whatever their number.
    """
    start, end = fiscal_year_bounds(year)
    counts = defaultdict(lambda: defaultdict(int))
    single = held_events(year).filter(
        recurrence=Recurrence.NONE, starts_at__gte=start, starts_at__lt=end
    )
    for row in (
        single.annotate(month=TruncMonth("starts_at")).values("month").annotate(n=Count("pk"))
    ):
        counts[None][_month_of(row["month"])] += row["n"]
    for row in (
        single.annotate(month=TruncMonth("starts_at"))
        .values("area_groups__slug", "month")
        .annotate(n=Count("pk", distinct=True))
    ):
        counts[row["area_groups__slug"]][_month_of(row["month"])] += row["n"]
    series = list(
        held_events(year)
        .exclude(recurrence=Recurrence.NONE)
        .only("starts_at", "ends_at", "recurrence", "recurrence_until")
    )
    areas = defaultdict(list)
    for event_id, slug in Event.area_groups.through.objects.filter(
        event__in=[e.pk for e in series]
    ).values_list("event_id", "areagroup__slug"):
        areas[event_id].append(slug)
    for event in series:
        for occurrence in event.occurrences_between(start, end):
            month = occurrence.date.month
            counts[None][month] += 1
            for slug in areas[event.pk]:
                counts[slug][month] += 1
    return counts


def _month_of(value) -> int:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.month
