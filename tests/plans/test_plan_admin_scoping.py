"""The plan admin's warnings and filters follow the roles (access issue, item 15)."""

import pytest
from django.urls import reverse

from areas.models import AreaGroup
from plans.factories import AreaPlanFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue_plans(area_rows):
    """A plan of 荒川区 and one of 北区, both years past their last review."""
    return {
        slug: AreaPlanFactory(
            area_group=AreaGroup.objects.get(slug=slug), title=f"{slug}の遅れているプラン"
        )
        for slug in ["arakawa", "kita"]
    }


def test_the_secretariat_is_warned_of_every_areas_overdue_plan(client, secretariat, overdue_plans):
    client.force_login(secretariat)
    html = client.get(reverse("admin:index")).content.decode()
    assert "arakawaの遅れているプラン" in html
    assert "kitaの遅れているプラン" in html


def test_a_coordinator_is_warned_only_of_their_own_plan(client, coordinator_a, overdue_plans):
    client.force_login(coordinator_a)
    html = client.get(reverse("admin:index")).content.decode()
    assert "arakawaの遅れているプラン" in html
    assert "kitaの遅れているプラン" not in html
    # Adopted 2024-06-01 (the factory's), reviewed every six months.
    assert "振り返りの予定日（2024年12月1日(日)）を過ぎています" in html
    # The usual list of models is still there below the warning.
    assert html.index("arakawaの遅れているプラン") < html.index('id="content-main"')


@pytest.mark.parametrize(
    "changelist",
    [
        "admin:plans_areaplan_changelist",
        "admin:plans_planissue_changelist",
        "admin:plans_planreview_changelist",
    ],
)
@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("coordinator_a", {"荒川区まちづくり"}),
        ("secretariat", {"荒川区まちづくり", "北区まちづくり"}),
    ],
)
def test_the_plan_filters_name_only_the_areas_one_may_see(
    request, client, overdue_plans, changelist, persona, expected
):
    import datetime

    from plans.factories import PlanIssueFactory, PlanReviewFactory

    for plan in overdue_plans.values():
        PlanIssueFactory(plan=plan)
        PlanReviewFactory(plan=plan, held_on=datetime.date(2024, 7, 1))
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse(changelist))
    offered = {
        str(label)
        for spec in response.context["cl"].filter_specs
        if "area_group" in getattr(spec, "field_path", "")
        for _pk, label in spec.lookup_choices
    }
    # With one area the filter is not shown at all; another area is never named.
    assert offered <= expected
    assert "北区まちづくり" in offered or "北区まちづくり" not in response.content.decode()
    if persona == "secretariat":
        assert offered == expected
