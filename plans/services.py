"""わたまちプラン summaries for the secretariat: plans late for their review, and the plans
section of the yearly report."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Avg, Count

from plans.models import Approach, AreaPlan, IssueStatus, PlanIssue, PlanReview, PlanStatus


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
