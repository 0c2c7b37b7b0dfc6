"""The yearly report's content, built with a fixed number of aggregate queries.

`build_report(year, network=None)` returns plain data (dicts, lists, strings and numbers) that
the page, the PDF, the exports and the published snapshot (`PublishedReport.content`) all
share: a published report is this dict frozen as JSON, so what the public reads never changes
behind its back. None is the portal's default network; each network counts its own groups.

Which groups a year has is booklet.year_groups' rule; sessions are counted per occurrence held
(booklet.sessions). Every figure is counted over the year's groups, so totals, rows and the
dashboard's charts agree; a table's total row is the sum of its rows (`area_total`), while
`totals` counts an activity several groups held together once.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Sum
from django.utils import timezone, translation

from areas.models import (
    Charter,
    CommonTheme,
    Membership,
    Network,
    YearlyTheme,
)
from booklet import edition_words
from booklet.sessions import Sessions
from booklet.year_groups import YearGroups, network_slug, year_groups
from events.models import ActivityReport, Event, EventStatus
from plans import services as plan_services
from plans.models import IssueStatus

# Bump when the shape of the content changes, so old snapshots can be told apart.
# 3: every group of the year (テーマ未登録 too), sessions per occurrence, area_total; the
#    year's own words ("edition"), no "introduction", no charter "theme_policy".
CONTENT_VERSION = 3

BOOKLET_TITLE = edition_words.DEFAULT_TITLES["tokyo"]
FIGURE_KEYS = ("events", "reports", "participants")


def held_events(year: int):
    """Published, not cancelled events with an occurrence in the fiscal year."""
    return Event.objects.published().for_year(year).exclude(status=EventStatus.CANCELLED)


def year_activity_reports(year: int):
    """Activity reports of published events, held in the fiscal year."""
    return ActivityReport.objects.published().for_year(year)


def has_data(year: int, network=None) -> bool:
    """Is there anything to report for the year (a theme, a membership or an event)?"""
    slug = network_slug(network)
    return (
        YearlyTheme.objects.for_year(year).filter(area_group__network__slug=slug).exists()
        or Membership.objects.for_year(year).filter(area_group__network__slug=slug).exists()
        or held_events(year).filter(area_groups__network__slug=slug).exists()
    )


@dataclass
class YearData:
    """What the report and the dashboard are made of, read once."""

    year: int
    network: Network
    groups: YearGroups
    charter: Charter | None
    goals: list
    common_themes: list
    sessions: Sessions
    reports: dict  # group pk -> {"n", "participants"}


def collect(year: int, network=None) -> YearData:
    """The year's groups, standards, sessions and reports (eight queries)."""
    network = network or Network.objects.default()
    groups = year_groups(year, network)
    charter = Charter.objects.for_year(year).prefetch_related("goals").first()
    return YearData(
        year=year,
        network=network,
        groups=groups,
        charter=charter,
        goals=sorted(charter.goals.all(), key=lambda g: g.number) if charter else [],
        common_themes=common_themes_in_force(year),
        sessions=groups.sessions,
        reports=reports_by_area(year, groups.ids),
    )


def common_themes_in_force(year: int) -> list[CommonTheme]:
    """The year's common themes, or those of the latest earlier year that has any (one query)."""
    themes = list(CommonTheme.objects.filter(fiscal_year__lte=year).order_by("-fiscal_year", "pk"))
    return [t for t in themes if t.fiscal_year == themes[0].fiscal_year] if themes else []


def reports_by_area(year: int, area_ids) -> dict[int, dict]:
    """Per group: the year's activity reports and their participants (one query)."""
    return {
        row["event__area_groups"]: row
        for row in year_activity_reports(year)
        .filter(event__area_groups__in=area_ids)
        .values("event__area_groups")
        .annotate(n=Count("pk", distinct=True), participants=Sum("participants"))
    }


def reports_of(area_ids):
    """Activity reports of events of these groups, each once (for totals over a join)."""
    return ActivityReport.objects.filter(event__area_groups__in=area_ids).values("pk")


def build_report(year: int, network=None) -> dict:
    """Everything the report shows for a fiscal year, as JSON-ready data."""
    return report_content(collect(year, network))


def report_content(data: YearData) -> dict:
    groups, charter = data.groups, data.charter
    words = edition_words.words_of(data.year, data.network)
    return {
        "version": CONTENT_VERSION,
        "fiscal_year": data.year,
        "title": edition_words.title_of(words, data.network),
        "generated_at": timezone.now().isoformat(),
        "edition": words,
        "charter": _charter(charter, data.goals),
        "common_themes": [
            {"name": t.name, "description": t.description} for t in data.common_themes
        ],
        "areas": [
            _area(g, groups.published_theme(g), groups.members.get(g.pk, [])) for g in groups.active
        ],
        "promoting": [_promoting(g, groups.published_theme(g)) for g in groups.promoting],
        "figures": build_figures(data),
        "plans": build_plans(data.year),
    }


def _charter(charter, goals) -> dict | None:
    if charter is None:
        return None
    return {
        "fiscal_year": charter.fiscal_year,
        "philosophy": charter.philosophy,
        "purpose": charter.purpose,
        "goals": [{"number": g.number, "text": g.text} for g in goals],
    }


def _area(group, theme, members) -> dict:
    return {
        "slug": group.slug,
        "name": group.name,
        "municipality": group.municipality.name,
        "headline": theme.headline if theme else "",
        "text": theme.text if theme else "",
        "members": [{"name": m["name"], "slug": m["slug"], "role": m["role"]} for m in members],
    }


def _promoting(group, theme) -> dict:
    return {
        "slug": group.slug,
        "name": group.name,
        "municipality": group.municipality.name,
        "text": theme.text if theme else "",
    }


def figure_groups(data: YearData) -> list:
    """The groups the figures list: the active ones, and 設置推進 ones with activities."""
    active = data.groups.active
    busy = [g for g in data.groups.promoting if data.sessions.of(g.pk) or data.reports.get(g.pk)]
    return active + busy


def build_figures(data: YearData) -> dict:
    """Per group: sessions, activity reports, participants, goals and common themes addressed.

    Three more queries whatever the number of groups, events and reports.
    """
    ids = data.groups.ids
    events = held_events(data.year).filter(area_groups__in=ids)
    goal_counts = _events_by_area_and(events, "goals")
    theme_counts = _events_by_area_and(events, "common_themes")
    areas = [
        {
            "slug": group.slug,
            "name": group.name,
            "events": data.sessions.of(group.pk),
            "reports": data.reports.get(group.pk, {}).get("n", 0),
            "participants": data.reports.get(group.pk, {}).get("participants") or 0,
            **_addressed(
                goal_counts[group.pk], theme_counts[group.pk], data.goals, data.common_themes
            ),
        }
        for group in figure_groups(data)
    ]
    return {
        "goals": [{"number": g.number, "text": g.text} for g in data.goals],
        "common_themes": [t.name for t in data.common_themes],
        "areas": areas,
        "area_total": {key: sum(a[key] for a in areas) for key in FIGURE_KEYS},
        "totals": year_totals(data.year, data.sessions, [g.pk for g in figure_groups(data)]),
    }


def _events_by_area_and(events, field: str) -> defaultdict[int, dict[int, int]]:
    """Events per area and per related row of `field` (goals, common themes): one query."""
    counts = defaultdict(dict)
    for area_id, related_id, n in (
        events.filter(**{f"{field}__isnull": False})
        .values("area_groups", field)
        .annotate(n=Count("pk", distinct=True))
        .values_list("area_groups", field, "n")
    ):
        counts[area_id][related_id] = n
    return counts


def _addressed(goal_counts: dict, theme_counts: dict, goals, common_themes) -> dict:
    """One area's events per goal / common theme, in the charter's order (0: a gap), and
    which of them its events addressed."""
    return {
        "goals": [goal_counts.get(g.pk, 0) for g in goals],
        "common_themes": [theme_counts.get(t.pk, 0) for t in common_themes],
        "goals_addressed": [g.number for g in goals if goal_counts.get(g.pk)],
        "themes_addressed": [t.name for t in common_themes if theme_counts.get(t.pk)],
    }


def build_plans(year: int) -> dict:
    """The わたまちプラン section: plans, their issues by approach and status, reviews held.

    Three queries (plans.services.plan_summary). Labels are stored as their Japanese message
    ids, so the frozen snapshot reads the same whoever publishes it and the page translates
    them when it renders (`{% translate label %}`); dates are ISO strings.
    """
    summary = plan_services.plan_summary(year)
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "plans": summary.plans,
            "plans_by_status": [
                {"label": str(label), "count": n} for label, n in summary.plans_by_status
            ],
            "issues": summary.issues,
            "issue_statuses": [str(label) for _value, label in IssueStatus.choices],
            "approaches": [
                {
                    "approach": a.approach,
                    "label": str(a.label),
                    "total": a.total,
                    "average_progress": a.average_progress,
                    "by_status": [n for _label, n in a.by_status],
                }
                for a in summary.approaches
            ],
            "reviews_held": summary.reviews_held,
            "reviews": [
                {
                    "held_on": r.held_on.isoformat(),
                    "plan": r.plan.title,
                    "area": r.plan.area_group.name,
                    "area_slug": r.plan.area_group.slug,
                }
                for r in summary.reviews
            ],
        }


def year_totals(year: int, sessions: Sessions, area_ids) -> dict:
    """The whole year's figures over these groups, each session and report counted once
    (one query): a session or report several groups share is one in the total."""
    report_total = year_activity_reports(year).filter(pk__in=reports_of(area_ids))
    report_total = report_total.aggregate(reports=Count("pk"), participants=Sum("participants"))
    return {
        "events": sessions.total,
        "areas_with_events": sum(1 for a in area_ids if sessions.of(a)),
        "reports": report_total["reports"],
        "participants": report_total["participants"] or 0,
    }


def report_years() -> list[int]:
    """Fiscal years with themes or memberships, newest first (two small queries)."""
    years = set(YearlyTheme.objects.values_list("fiscal_year", flat=True).distinct())
    years |= set(Membership.objects.values_list("fiscal_year", flat=True).distinct())
    return sorted(years, reverse=True)


def unfinished_themes(year: int, network=None) -> list[str]:
    """Active groups of the year whose theme is missing or still a draft (four queries)."""
    groups = year_groups(year, network)
    return [g.name for g in groups.active if groups.published_theme(g) is None]


def untitled_areas(content: dict) -> list[str]:
    """The same, read from a live draft's content (no query): its areas without a theme."""
    return [area["name"] for area in content["areas"] if not area["text"]]


def booklet_part(content: dict) -> dict:
    """The content without what changes on every build, to tell whether data changed."""
    return {k: v for k, v in content.items() if k != "generated_at"}


def publish(year: int, user, network=None):
    """Publish the year's report as a new edition (see booklet.publishing.publish)."""
    from booklet import publishing  # it builds on this module

    return publishing.publish(year, user, network).report
