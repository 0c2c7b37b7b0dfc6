"""A plan declares how often it is reviewed; one whose review is late is flagged."""

import datetime

import pytest

from plans.factories import AreaPlanFactory, PlanReviewFactory
from plans.models import AreaPlan, PlanStatus
from plans.services import plans_overdue_for_review

pytestmark = pytest.mark.django_db

ADOPTED = datetime.date(2024, 6, 1)


def overdue_on(day):
    return set(AreaPlan.objects.overdue_for_review(today=day))


def test_a_plan_never_reviewed_is_due_one_interval_after_adoption():
    plan = AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=6)
    assert plan.next_review_due() == datetime.date(2024, 12, 1)
    # Due on 2024-12-01: that day is still on time, the next day is late.
    assert overdue_on(datetime.date(2024, 12, 1)) == set()
    assert not plan.is_overdue_for_review(datetime.date(2024, 12, 1))
    assert overdue_on(datetime.date(2024, 12, 2)) == {plan}
    assert plan.is_overdue_for_review(datetime.date(2024, 12, 2))


def test_the_last_review_restarts_the_clock():
    plan = AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=6)
    PlanReviewFactory(plan=plan, held_on=datetime.date(2024, 11, 20))
    PlanReviewFactory(plan=plan, held_on=datetime.date(2025, 5, 10))
    assert plan.next_review_due() == datetime.date(2025, 11, 10)
    assert overdue_on(datetime.date(2025, 11, 10)) == set()
    assert overdue_on(datetime.date(2025, 11, 11)) == {plan}
    assert plan.is_overdue_for_review(datetime.date(2025, 11, 11))


def test_each_plan_is_judged_by_its_own_interval():
    quarterly = AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=3)
    yearly = AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=12)
    assert overdue_on(datetime.date(2024, 9, 2)) == {quarterly}
    assert overdue_on(datetime.date(2025, 6, 2)) == {quarterly, yearly}


def test_plans_being_drafted_or_completed_are_never_overdue():
    drafting = AreaPlanFactory(status=PlanStatus.DRAFTING, adopted_on=None)
    completed = AreaPlanFactory(status=PlanStatus.COMPLETED, adopted_on=ADOPTED)
    late = datetime.date(2030, 1, 1)
    assert overdue_on(late) == set()
    assert not drafting.is_overdue_for_review(late)
    assert not completed.is_overdue_for_review(late)


def test_the_query_and_the_property_agree_on_a_month_end():
    # Adopted on August 31; six months on is the end of February.
    plan = AreaPlanFactory(adopted_on=datetime.date(2024, 8, 31), review_interval_months=6)
    for day in [datetime.date(2025, 2, 28), datetime.date(2025, 3, 1), datetime.date(2025, 3, 2)]:
        assert (plan in overdue_on(day)) == plan.is_overdue_for_review(day)
    assert plan in overdue_on(datetime.date(2025, 3, 2))


def test_the_secretariat_service_lists_overdue_plans_with_their_area(django_assert_num_queries):
    late = AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=6)
    AreaPlanFactory(adopted_on=ADOPTED, review_interval_months=24)
    with django_assert_num_queries(1):
        plans = plans_overdue_for_review(today=datetime.date(2025, 1, 1))
        assert [p.area_group.name for p in plans] == [late.area_group.name]
    assert plans[0].next_review_due() == datetime.date(2024, 12, 1)
