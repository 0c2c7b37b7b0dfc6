"""Work across several area models: an area group's public story across themes,
memberships and years, the tile map, and the わたまちプラン summaries for the secretariat."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Prefetch

from areas.models import (
    Approach,
    AreaGroup,
    AreaPlan,
    AreaStatus,
    IssueStatus,
    Membership,
    Municipality,
    PlanIssue,
    PlanReview,
    PlanStatus,
    YearlyTheme,
)
from core.fiscal_year import current_fiscal_year


def published_themes_prefetch(to_attr: str = "published_themes") -> Prefetch:
    """A group's published themes, newest first, with their goals and common themes."""
    return Prefetch(
        "themes",
        queryset=YearlyTheme.objects.published()
        .prefetch_related("goals", "common_themes")
        .order_by("-fiscal_year"),
        to_attr=to_attr,
    )


def public_groups():
    """Every area group with what the public pages show of it (a fixed number of queries)."""
    return AreaGroup.objects.select_related("municipality").prefetch_related(
        Prefetch(
            "themes",
            queryset=YearlyTheme.objects.published().order_by("-fiscal_year"),
            to_attr="published_themes",
        )
    )


def group_links():
    """Every area group with only what a list of links shows (name, address, status)."""
    return AreaGroup.objects.only("name", "slug", "status", "position", "municipality_id")


def theme_to_show(themes: list[YearlyTheme], year: int | None = None) -> YearlyTheme | None:
    """The theme a page shows: that year's, else this fiscal year's, else the latest one.

    `themes` are published and newest first; drafts never reach here.
    """
    if year is not None:
        return next((t for t in themes if t.fiscal_year == year), None)
    current = current_fiscal_year()
    for theme in themes:
        if theme.fiscal_year <= current:
            return theme
    return themes[-1] if themes else None


def members_of(group: AreaGroup, fiscal_year: int) -> list[Membership]:
    """Member co-ops and partners of a group in a year, in the booklet's order."""
    return list(
        Membership.objects.for_year(fiscal_year)
        .filter(area_group=group)
        .select_related("organization")
        .order_by("position", "pk")
    )


STATUS_ORDER = (AreaStatus.ACTIVE, AreaStatus.PROMOTING, AreaStatus.PAUSED)


def groups_by_status(groups) -> list[tuple[AreaStatus, list[AreaGroup]]]:
    """[(活動中, [...]), (設置推進, [...]), (休止, [...])], keeping the groups' own order."""
    return [(status, [g for g in groups if g.status == status]) for status in STATUS_ORDER]


@dataclass(frozen=True)
class Tile:
    """One municipality's square on the schematic tile map."""

    municipality: Municipality
    group: AreaGroup | None
    x: int
    y: int
    label: str

    @property
    def status(self) -> str:
        return self.group.status if self.group else "none"


TILE = 58
GAP = 4


def tile_map() -> dict:
    """The 62 municipalities placed on their grid squares, with the group of each (if any)."""
    municipalities = Municipality.objects.filter(
        tile_x__isnull=False, tile_y__isnull=False
    ).select_related("area_group")
    tiles = []
    for m in municipalities:
        group = getattr(m, "area_group", None)
        # 千代田区 → 千代田: the kind is the same on every square and the full name is in the title.
        label = m.name[:-1] if len(m.name) > 2 else m.name
        tiles.append(Tile(m, group, m.tile_x * (TILE + GAP), m.tile_y * (TILE + GAP), label))
    width = max((t.x for t in tiles), default=0) + TILE
    height = max((t.y for t in tiles), default=0) + TILE
    return {"tiles": tiles, "width": width, "height": height, "size": TILE}


def plans_overdue_for_review(today: datetime.date | None = None) -> list[AreaPlan]:
    """Plans being carried out whose periodic review is late, with their area, oldest first.

    One query; each plan carries `last_reviewed_on` and `next_review_due()` needs no more.
    For the secretariat's dashboard: `{% include "includes/plans_overdue.html" %}` with
    `overdue_plans` in the context.
    """
    return list(
        AreaPlan.objects.overdue_for_review(today)
        .select_related("area_group")
        .order_by("review_base_on", "pk")
    )


@dataclass
class ApproachSummary:
    approach: str
    label: str
    total: int = 0
    average_progress: int = 0
    # (status label, count) for every status, in the choices' order.
    by_status: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class PlanSummary:
    fiscal_year: int
    plans: int
    plans_by_status: list[tuple[str, int]]
    issues: int
    approaches: list[ApproachSummary]
    reviews_held: int
    reviews: list[PlanReview]


def plan_summary(fiscal_year: int) -> PlanSummary:
    """The plans section of the yearly report: published plans whose period covers the year,
    their issues by approach (事業・組合員活動・市民運動) and status, and the reviews held that
    year. Three queries whatever the number of plans."""
    plans = AreaPlan.objects.published().for_year(fiscal_year)
    status_counts = dict(
        plans.order_by().values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    plans_by_status = [(label, status_counts.get(value, 0)) for value, label in PlanStatus.choices]

    rows = (
        PlanIssue.objects.filter(plan__in=plans)
        .order_by()
        .values("approach", "status")
        .annotate(n=Count("pk"), progress=Avg("progress"))
    )
    approaches = {value: ApproachSummary(value, label) for value, label in Approach.choices}
    counts: dict[tuple[str, str], int] = {}
    progress_sums: dict[str, float] = {}
    for row in rows:
        counts[(row["approach"], row["status"])] = row["n"]
        summary = approaches[row["approach"]]
        summary.total += row["n"]
        progress_sums[row["approach"]] = (
            progress_sums.get(row["approach"], 0) + row["progress"] * row["n"]
        )
    for value, summary in approaches.items():
        summary.by_status = [
            (label, counts.get((value, status), 0)) for status, label in IssueStatus.choices
        ]
        if summary.total:
            summary.average_progress = round(progress_sums[value] / summary.total)

    reviews = list(
        PlanReview.objects.for_year(fiscal_year)
        .filter(plan__in=plans)
        .select_related("plan__area_group")
        .order_by("held_on", "pk")
    )
    return PlanSummary(
        fiscal_year=fiscal_year,
        plans=sum(status_counts.values()),
        plans_by_status=plans_by_status,
        issues=sum(s.total for s in approaches.values()),
        approaches=list(approaches.values()),
        reviews_held=len(reviews),
        reviews=reviews,
    )
