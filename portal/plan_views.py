"""Public pages of わたまちプラン: all plans, and one area's plan with its process."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from areas.models import (
    Approach,
    AreaGroup,
    AreaPlan,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    ReviewEntry,
)
from events.models import WATAMACHI_KINDS, ActivityReport, Event, RaisedVoice
from events.process import process_stages


def plan_list(request):
    plans = (
        AreaPlan.objects.published()
        .with_review_dates()
        .select_related("area_group__municipality")
        .prefetch_related(Prefetch("issues", queryset=PlanIssue.objects.order_by("position")))
        .order_by("area_group__position", "area_group__municipality__code", "-first_fiscal_year")
    )
    return render(request, "portal/plans/plan_list.html", {"plans": plans})


def area_plan(request, slug):
    group = get_object_or_404(AreaGroup.objects.select_related("municipality"), slug=slug)
    public_events = Event.objects.published().order_by("starts_at", "pk")
    plan = (
        group.plans.published()
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
            Prefetch(
                "reviews",
                queryset=PlanReview.objects.order_by("held_on").prefetch_related(
                    Prefetch("entries", queryset=ReviewEntry.objects.select_related("issue"))
                ),
            ),
        )
        .order_by("-first_fiscal_year")
        .first()
    )
    events = list(
        public_events.filter(area_groups=group, kind__in=WATAMACHI_KINDS).prefetch_related(
            Prefetch(
                "raised_plan_issues",
                queryset=PlanIssue.objects.filter(plan=plan).order_by("position", "pk")
                if plan
                else PlanIssue.objects.none(),
            ),
            Prefetch(
                "reports",
                queryset=ActivityReport.objects.order_by("held_on").prefetch_related(
                    Prefetch("voices", queryset=RaisedVoice.objects.order_by("position", "pk"))
                ),
            ),
        )
    )
    if plan is None and not events:
        raise Http404("No plan or わたまち gathering for this area.")

    issues = list(plan.issues.all()) if plan else []
    reviews = list(plan.reviews.all()) if plan else []
    now = timezone.now()
    context = {
        "group": group,
        "plan": plan,
        "stages": process_stages(events, plan, reviews, now),
        "approach_groups": [
            (value, label, [issue for issue in issues if issue.approach == value])
            for value, label in Approach.choices
        ],
        "timeline": _timeline(events, plan, reviews),
        "contacts": PlanContact.objects.filter(area_group=group).select_related("organization"),
        "now": now,
    }
    return render(request, "portal/plans/area_plan.html", context)


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
