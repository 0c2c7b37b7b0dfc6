"""Public pages of わたまちプラン: all plans, and one area's plan with its process."""

from collections import defaultdict

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from areas.models import AreaGroup
from events.models import ActivityReport, Event
from plans.models import (
    WATAMACHI_KINDS,
    Approach,
    AreaPlan,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    RaisedVoice,
    ReviewEntry,
)
from plans.process import process_stages


def plan_list(request):
    plans = (
        AreaPlan.objects.published()
        .with_review_dates()
        .select_related("area_group__municipality")
        .prefetch_related(Prefetch("issues", queryset=PlanIssue.objects.order_by("position")))
        .order_by("area_group__position", "area_group__municipality__code", "-first_fiscal_year")
    )
    return render(request, "plans/plan_list.html", {"plans": plans})


def area_plan(request, slug):
    public_events = Event.objects.published().order_by("starts_at", "pk")
    plan = (
        plan_queryset(AreaPlan.objects.published(), public_events)
        .filter(area_group__slug=slug)
        .order_by("-first_fiscal_year")
        .first()
    )
    # The group comes with its plan (one query fewer); only an area without a plan asks twice.
    if plan is not None:
        group = plan.area_group
    else:
        group = get_object_or_404(AreaGroup.objects.select_related("municipality"), slug=slug)
    context = area_plan_context(group, plan, public_events)
    if plan is None and not context["events"]:
        raise Http404("No plan or わたまち gathering for this area.")
    return render(request, "plans/area_plan.html", context)


def area_plan_context(group, plan, public_events) -> dict:
    """The plan page's context, for the public page and a plan's preview alike: `plan` (from
    `plan_queryset`, or None) with the group's public gatherings."""
    events = _gatherings(public_events, group)
    issues = list(plan.issues.all()) if plan else []
    _attach_raised_issues(events, issues)
    reviews = _reviews_with_entries(plan, issues) if plan else []
    now = timezone.now()
    return {
        "group": group,
        "plan": plan,
        "events": events,
        "stages": process_stages(events, plan, reviews, now),
        "approach_groups": [
            (value, label, [issue for issue in issues if issue.approach == value])
            for value, label in Approach.choices
        ],
        "timeline": _timeline(events, plan, reviews),
        "contacts": PlanContact.objects.filter(area_group=group).select_related("organization"),
        "now": now,
    }


def plan_queryset(plans, public_events):
    """`plans` with their group, organizations and issues (each with its milestones and the
    public gatherings that raised it)."""
    return (
        plans.select_related("area_group__municipality")
        .with_review_dates()
        .prefetch_related(
            "organizations",
            Prefetch(
                "issues",
                queryset=PlanIssue.objects.select_related("lead_organization")
                .order_by("position", "pk")
                .prefetch_related(
                    Prefetch("milestones", queryset=Milestone.objects.all()),
                    Prefetch("raised_at", queryset=public_events),
                ),
            ),
        )
    )


def _gatherings(public_events, group) -> list[Event]:
    """The group's public わたまち gatherings, each with its public reports and their raised
    voices (a draft report is not shown, nor what it raised)."""
    return list(
        public_events.filter(area_groups=group, kind__in=WATAMACHI_KINDS).prefetch_related(
            Prefetch(
                "reports",
                queryset=ActivityReport.objects.marked_published()
                .order_by("held_on")
                .prefetch_related(
                    Prefetch("voices", queryset=RaisedVoice.objects.order_by("position", "pk"))
                ),
            ),
        )
    )


def _attach_raised_issues(events, issues) -> None:
    """Set `raised_issues` on each gathering: the plan's issues it raised, from the issues'
    own sources (no query)."""
    raised = defaultdict(list)
    for issue in issues:
        for source in issue.raised_at.all():
            raised[source.pk].append(issue)
    for event in events:
        event.raised_issues = raised.get(event.pk, [])


def _reviews_with_entries(plan, issues) -> list[PlanReview]:
    """The plan's reviews, oldest first, each with `entry_list`, in one query (a LEFT JOIN
    from reviews to their entries, so a review without entries is kept)."""
    issues_by_pk = {issue.pk: issue for issue in issues}
    rows = (
        PlanReview.objects.filter(plan=plan)
        .order_by("held_on", "pk", "entries__pk")
        .values(
            "pk",
            "held_on",
            "summary",
            "entries__pk",
            "entries__issue_id",
            "entries__status",
            "entries__progress",
            "entries__note",
        )
    )
    reviews: dict[int, PlanReview] = {}
    for row in rows:
        review = reviews.get(row["pk"])
        if review is None:
            review = PlanReview(
                pk=row["pk"], plan=plan, held_on=row["held_on"], summary=row["summary"]
            )
            review.entry_list = []
            reviews[row["pk"]] = review
        issue = issues_by_pk.get(row["entries__issue_id"])
        if row["entries__pk"] is not None and issue is not None:
            review.entry_list.append(
                ReviewEntry(
                    pk=row["entries__pk"],
                    review=review,
                    issue=issue,
                    status=row["entries__status"],
                    progress=row["entries__progress"],
                    note=row["entries__note"],
                )
            )
    return list(reviews.values())


def _timeline(events, plan, reviews) -> list[dict]:
    """The gatherings, the day the plan was set and its reviews, oldest first."""
    items = [
        {"date": timezone.localtime(e.starts_at).date(), "kind": "event", "event": e}
        for e in events
    ]
    if plan is not None and plan.adopted_on:
        items.append({"date": plan.adopted_on, "kind": "plan", "plan": plan})
    items += [{"date": r.held_on, "kind": "review", "review": r} for r in reviews]
    order = {"event": 0, "plan": 1, "review": 2}
    return sorted(items, key=lambda item: (item["date"], order[item["kind"]]))
