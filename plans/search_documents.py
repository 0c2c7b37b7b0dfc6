"""わたまちプラン in the site search (search/registry.py): the plan an area's plan page
shows (its group's latest published plan) and that plan's issues. Publishing a newer plan,
or un-publishing one, reindexes the group's other plans and all their issues."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse

from areas.models import AreaGroup, PublicationStatus
from plans.models import AreaPlan, PlanIssue
from search.models import Kind
from search.registry import Document, depends_on, register


def shown_plans():
    """Each group's latest published plan: the one /areas/<slug>/plan/ shows."""
    latest = (
        AreaPlan.objects.published()
        .filter(area_group=OuterRef("area_group"))
        .order_by("-first_fiscal_year")
        .values("pk")[:1]
    )
    return AreaPlan.objects.published().filter(pk=Subquery(latest))


def _group_plans_and_issues(group):
    return [*group.plans.all(), *PlanIssue.objects.filter(plan__area_group=group)]


def _plan_family(plan):
    """The plan's group's plans (which one is shown may change) and their issues."""
    return _group_plans_and_issues(plan.area_group)


depends_on(AreaGroup)(_group_plans_and_issues)


@register(
    AreaPlan,
    public=lambda: shown_plans().select_related("area_group__municipality"),
    dependents=_plan_family,
)
def plan_document(plan: AreaPlan) -> Document:
    group = plan.area_group
    return Document(
        kind=Kind.PLAN,
        title=plan.title,
        body=plan.vision,
        extra=" ".join([plan.participants_note, group.name, group.municipality.name]),
        url=reverse("area_plan", args=[group.slug]),
        area_slug=group.slug,
        fiscal_year=plan.first_fiscal_year,
        sort_date=plan.adopted_on,
    )


@register(
    PlanIssue,
    public=lambda: PlanIssue.objects.filter(
        plan__in=shown_plans(), plan__publication=PublicationStatus.PUBLISHED
    ).select_related("plan__area_group"),
)
def issue_document(issue: PlanIssue) -> Document:
    plan = issue.plan
    group = plan.area_group
    return Document(
        kind=Kind.PLAN,
        title=issue.title,
        body=issue.description,
        extra=" ".join([plan.title, issue.lead_note, issue.get_approach_display(), group.name]),
        url=f"{reverse('area_plan', args=[group.slug])}#issue-{issue.pk}",
        area_slug=group.slug,
        fiscal_year=plan.first_fiscal_year,
        sort_date=plan.adopted_on,
    )
