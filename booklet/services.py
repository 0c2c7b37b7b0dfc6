"""The yearly report's content, built with a fixed number of aggregate queries.

`build_report(year)` returns plain data (dicts, lists, strings and numbers) that the page, the
PDF, the exports and the published snapshot (`PublishedReport.content`) all share: a published
report is this dict frozen as JSON, so what the public reads never changes behind its back.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Sum
from django.utils import timezone, translation

from areas.models import (
    AreaGroup,
    AreaStatus,
    Charter,
    CommonTheme,
    Membership,
    Network,
    YearlyTheme,
)
from booklet import edition_words
from events.models import ActivityReport, Event, EventStatus
from plans import services as plan_services
from plans.models import IssueStatus

# Bump when the shape of the content changes, so old snapshots can be told apart.
# 3: the year's own words ("edition"); no "introduction", no charter "theme_policy"
CONTENT_VERSION = 3

BOOKLET_TITLE = edition_words.DEFAULT_TITLES["tokyo"]


def held_events(year: int):
    """Published, not cancelled events with an occurrence in the fiscal year."""
    return Event.objects.published().for_year(year).exclude(status=EventStatus.CANCELLED)


def year_activity_reports(year: int):
    """Activity reports of published events, held in the fiscal year."""
    return ActivityReport.objects.published().for_year(year)


def has_data(year: int) -> bool:
    """Is there anything to report for the year (a theme, a membership or an event)?"""
    return (
        YearlyTheme.objects.for_year(year).exists()
        or Membership.objects.for_year(year).exists()
        or held_events(year).exists()
    )


def build_report(year: int, network=None) -> dict:
    """Everything the report shows for a network's fiscal year (None: the default network)."""
    network = network or Network.objects.default()
    words = edition_words.words_of(year, network)
    charter = Charter.objects.for_year(year).first()
    goals = list(charter.goals.order_by("number")) if charter else []
    common_themes = list(CommonTheme.objects.for_year(year).order_by("pk"))
    themes = {
        t.area_group_id: t
        for t in YearlyTheme.objects.published()
        .for_year(year)
        .only("area_group_id", "headline", "text")
    }
    members = _members_by_area(year)
    groups = [
        g
        for g in AreaGroup.objects.filter(network=network)
        .filter(status__in=[AreaStatus.ACTIVE, AreaStatus.PROMOTING])
        .select_related("municipality")
        if g.pk in themes or g.pk in members
    ]
    active = [g for g in groups if g.status == AreaStatus.ACTIVE]
    promoting = [g for g in groups if g.status == AreaStatus.PROMOTING and g.pk in themes]
    return {
        "version": CONTENT_VERSION,
        "fiscal_year": year,
        "title": edition_words.title_of(words, network),
        "generated_at": timezone.now().isoformat(),
        "edition": words,
        "charter": _charter(charter, goals),
        "common_themes": [{"name": t.name, "description": t.description} for t in common_themes],
        "areas": [_area(g, themes.get(g.pk), members.get(g.pk, [])) for g in active],
        "promoting": [
            {
                "slug": g.slug,
                "name": g.name,
                "municipality": g.municipality.name,
                "text": themes[g.pk].text,
            }
            for g in promoting
        ],
        "figures": build_figures(year, active, goals, common_themes),
        "plans": build_plans(year),
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


def _members_by_area(year: int) -> dict[int, list[dict]]:
    members = defaultdict(list)
    rows = (
        Membership.objects.for_year(year)
        .order_by("area_group_id", "position", "pk")
        .values_list("area_group_id", "organization__name", "organization__slug", "role")
    )
    for area_id, name, slug, role in rows:
        members[area_id].append({"name": name, "slug": slug, "role": role})
    return members


def _area(group, theme, members) -> dict:
    return {
        "slug": group.slug,
        "name": group.name,
        "municipality": group.municipality.name,
        "headline": theme.headline if theme else "",
        "text": theme.text if theme else "",
        "members": members,
    }


def build_figures(year: int, groups, goals, common_themes) -> dict:
    """Per area: events, activity reports, participants, goals and common themes addressed.

    Seven aggregate queries whatever the number of areas, events and reports.
    """
    events = held_events(year)
    event_counts = dict(
        events.values("area_groups")
        .annotate(n=Count("pk", distinct=True))
        .values_list("area_groups", "n")
    )
    report_counts = {
        row["event__area_groups"]: row
        for row in year_activity_reports(year)
        .values("event__area_groups")
        .annotate(n=Count("pk", distinct=True), participants=Sum("participants"))
    }
    goal_counts = _events_by_area_and(events, "goals")
    theme_counts = _events_by_area_and(events, "common_themes")
    areas = [
        {
            "slug": group.slug,
            "name": group.name,
            "events": event_counts.get(group.pk, 0),
            "reports": report_counts.get(group.pk, {}).get("n", 0),
            "participants": report_counts.get(group.pk, {}).get("participants") or 0,
            **_addressed(goal_counts[group.pk], theme_counts[group.pk], goals, common_themes),
        }
        for group in groups
    ]
    return {
        "goals": [{"number": g.number, "text": g.text} for g in goals],
        "common_themes": [t.name for t in common_themes],
        "areas": areas,
        "totals": year_totals(year),
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


def year_totals(year: int) -> dict:
    """The whole year's figures, each event and activity report counted once (two queries)."""
    event_total = held_events(year).aggregate(
        events=Count("pk", distinct=True),
        areas=Count("area_groups", distinct=True),
    )
    report_total = year_activity_reports(year).aggregate(
        reports=Count("pk"), participants=Sum("participants")
    )
    return {
        "events": event_total["events"],
        "areas_with_events": event_total["areas"],
        "reports": report_total["reports"],
        "participants": report_total["participants"] or 0,
    }


def report_years() -> list[int]:
    """Fiscal years with themes or memberships, newest first (two small queries)."""
    years = set(YearlyTheme.objects.values_list("fiscal_year", flat=True).distinct())
    years |= set(Membership.objects.values_list("fiscal_year", flat=True).distinct())
    return sorted(years, reverse=True)


def unfinished_themes(year: int) -> list[str]:
    """Active groups whose theme for the year is missing or still a draft (one query)."""
    published = YearlyTheme.objects.published().for_year(year).values("area_group")
    return list(
        AreaGroup.objects.filter(network__slug=settings.PORTAL_DEFAULT_NETWORK)
        .active()
        .filter(memberships__fiscal_year=year)
        .exclude(pk__in=published)
        .distinct()
        .order_by("position", "municipality__code")
        .values_list("name", flat=True)
    )


def booklet_part(content: dict) -> dict:
    """The content without what changes on every build, to tell whether data changed."""
    return {k: v for k, v in content.items() if k != "generated_at"}


def publish(year: int, user, network=None):
    """Publish the year's report as a new edition (see booklet.publishing.publish)."""
    from booklet import publishing  # it builds on this module

    return publishing.publish(year, user, network).report
