"""The secretariat's dashboard for one fiscal year and network, from aggregate queries.

Reuses the report's data (booklet.services.collect: the year's groups, sessions and reports)
and adds months, organizations, the change from the previous year and where each group stands.
Every figure is counted over the same groups, so the KPIs, the tables and the charts agree;
each table's total row is the sum of its rows. The number of queries is fixed whatever the
size of the data.
"""

from collections import Counter

from django.db.models import Count, Sum
from django.db.models.functions import ExtractMonth
from django.utils.translation import gettext as _

from areas.services import memberships_in_force
from booklet import charts, services
from booklet.sessions import sessions_held

# Fiscal-year order of months: April … March.
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
AREA_KEYS = ("events", "previous_events", "reports", "participants")
MONTH_KEYS = ("occurrences", "reports", "participants")


def month_label(month: int) -> str:
    return _("%(month)s月") % {"month": month}


def build_dashboard(year: int, network=None) -> dict:
    data = services.collect(year, network)
    report = services.report_content(data)
    figures = report["figures"]
    areas = figures["areas"]
    ids = [g.pk for g in services.figure_groups(data)]
    previous = _previous_year(year - 1, ids)
    organizations = _organizations(data)
    month_rows = _month_rows(data.sessions.by_month, _activity_reports_by_month(year, ids))
    area_months = _activity_reports_by_area_and_month(year, ids)
    for pk, area in zip(ids, areas, strict=True):
        area["previous_events"] = previous["sessions"].of(pk)
        area["months"] = [area_months.get(pk, {}).get(m, 0) for m in MONTHS]
        occurrences = data.sessions.by_area_month.get(pk, {})
        area["occurrence_months"] = [occurrences.get(m, 0) for m in MONTHS]
        area["gaps"] = sum(1 for n in area["goals"] + area["common_themes"] if not n)
    return {
        "report": report,
        "kpis": _kpis(figures["totals"], len(organizations), previous),
        "previous_year": year - 1,
        "areas": areas,
        "area_total": {key: sum(a[key] for a in areas) for key in AREA_KEYS},
        "goals": figures["goals"],
        "common_themes": figures["common_themes"],
        "months": month_rows,
        "month_total": {key: sum(m[key] for m in month_rows) for key in MONTH_KEYS},
        "month_labels": [month_label(m) for m in MONTHS],
        "area_month_tables": _area_month_tables(areas),
        "organizations": organizations,
        "statuses": group_statuses(data),
        "charts": _charts(areas, month_rows, organizations),
    }


def _area_month_tables(areas) -> list[dict]:
    """The two group × month tables (sessions held, reports), one template between them."""
    return [
        {
            "id": "area-occurrence-month",
            "caption": _("グループ別・月別の開催回数（中止と、まだ開かれていない回を除く）"),
            "rows": [(a["name"], a["occurrence_months"]) for a in areas],
        },
        {
            "id": "area-month",
            "caption": _("グループ別・月別の実施報告数"),
            "rows": [(a["name"], a["months"]) for a in areas],
        },
    ]


def group_statuses(data) -> list[dict]:
    """Where each group of the year stands: theme (未登録 / 下書き / 公開), members, sessions
    held and reported; `behind` when the theme is not published or a session lacks its report."""
    rows = []
    for group in data.groups.groups:
        theme = data.groups.themes.get(group.pk)
        held = data.sessions.of(group.pk)
        reported = data.reports.get(group.pk, {}).get("n", 0)
        state = "missing" if theme is None else theme.publication
        rows.append(
            {
                "pk": group.pk,
                "slug": group.slug,
                "name": group.name,
                "promoting": group in data.groups.promoting,
                "theme": state,
                "theme_id": theme.pk if theme else None,
                "members": len(data.groups.members.get(group.pk, [])),
                "sessions": held,
                "reports": reported,
                "unreported": max(held - reported, 0),
                "behind": state != "published" or held > reported,
            }
        )
    return rows


def _organizations(data) -> list[dict]:
    """The year's organizations (members in force of the year's groups) with the number of
    groups each takes part in, most first. No query: the members are already read."""
    names, counts = {}, Counter()
    for pk in data.groups.ids:
        for member in data.groups.members.get(pk, []):
            org = member["organization"]
            names[org] = (member["name"], member["is_member_coop"])
            counts[org] += 1
    rows = [
        {
            "organization__name": names[org][0],
            "organization__is_member_coop": names[org][1],
            "areas": n,
        }
        for org, n in counts.items()
    ]
    return sorted(rows, key=lambda r: (-r["areas"], r["organization__name"]))


def _previous_year(year: int, ids) -> dict:
    """The previous year's figures over the same groups (three queries)."""
    sessions = sessions_held(year, ids)
    reports = (
        services.year_activity_reports(year)
        .filter(pk__in=services.reports_of(ids))
        .aggregate(reports=Count("pk"), participants=Sum("participants"))
    )
    organizations = (
        memberships_in_force(year)
        .filter(area_group__in=ids)
        .values("organization")
        .distinct()
        .count()
    )
    return {
        "sessions": sessions,
        "events": sessions.total,
        "areas_with_events": sum(1 for pk in ids if sessions.of(pk)),
        "reports": reports["reports"],
        "participants": reports["participants"] or 0,
        "organizations": organizations,
    }


def _kpis(current: dict, organizations: int, previous: dict) -> list[dict]:
    """The headline figures of the year beside the previous year's."""
    return [
        _kpi(_("活動数"), current["events"], previous["events"]),
        _kpi(_("実施報告"), current["reports"], previous["reports"]),
        _kpi(_("参加者数（延べ）"), current["participants"], previous["participants"]),
        _kpi(
            _("活動のあったグループ"), current["areas_with_events"], previous["areas_with_events"]
        ),
        _kpi(_("参加している生協・団体"), organizations, previous["organizations"]),
    ]


def _month_rows(sessions_by_month: dict[int, int], reports: dict[int, dict]) -> list[dict]:
    """One row per month of the fiscal year: sessions, reports and participants."""
    return [
        {
            "label": month_label(m),
            "occurrences": sessions_by_month.get(m, 0),
            "reports": reports.get(m, {}).get("n", 0),
            "participants": reports.get(m, {}).get("participants") or 0,
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


def _activity_reports_by_month(year: int, ids) -> dict[int, dict]:
    """Reports per month, each once however many groups share it (one query)."""
    return {
        row["month"]: row
        for row in services.year_activity_reports(year)
        .filter(pk__in=services.reports_of(ids))
        .annotate(month=ExtractMonth("held_on"))
        .values("month")
        .annotate(n=Count("pk"), participants=Sum("participants"))
    }


def _activity_reports_by_area_and_month(year: int, ids) -> dict[int, dict[int, int]]:
    table = {}
    for area_id, month, n in (
        services.year_activity_reports(year)
        .filter(event__area_groups__in=ids)
        .annotate(month=ExtractMonth("held_on"))
        .values("event__area_groups", "month")
        .annotate(n=Count("pk", distinct=True))
        .values_list("event__area_groups", "month", "n")
    ):
        table.setdefault(area_id, {})[month] = n
    return table
