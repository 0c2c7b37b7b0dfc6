"""What the yearly report and the secretariat's dashboard get about わたまちプラン."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from areas.models import PublicationStatus
from plans.factories import AreaPlanFactory, PlanIssueFactory, PlanReviewFactory
from plans.models import Approach, IssueStatus, PlanStatus
from plans.services import plan_summary, plans_overdue_for_review

pytestmark = pytest.mark.django_db


def test_the_summary_counts_issues_by_approach_and_status_and_the_reviews_of_the_year(
    django_assert_num_queries,
):
    plan = AreaPlanFactory(first_fiscal_year=2024, last_fiscal_year=2026)
    PlanIssueFactory(plan=plan, approach=Approach.BUSINESS, progress=20)
    PlanIssueFactory(plan=plan, approach=Approach.BUSINESS, progress=60)
    PlanIssueFactory(
        plan=plan,
        approach=Approach.CIVIC_MOVEMENT,
        status=IssueStatus.ACHIEVED,
        progress=100,
    )
    other = AreaPlanFactory(
        first_fiscal_year=2025, last_fiscal_year=2029, status=PlanStatus.DRAFTING, adopted_on=None
    )
    PlanIssueFactory(
        plan=other, approach=Approach.MEMBER_ACTIVITY, status=IssueStatus.NOT_STARTED, progress=0
    )
    # Not in the report: a plan not yet published, one that ended before, a review of another year.
    hidden = AreaPlanFactory(publication=PublicationStatus.DRAFT)
    PlanIssueFactory(plan=hidden, approach=Approach.BUSINESS)
    PlanIssueFactory(plan=AreaPlanFactory(first_fiscal_year=2020, last_fiscal_year=2022))
    PlanReviewFactory(plan=plan, held_on=datetime.date(2025, 5, 1))
    PlanReviewFactory(plan=plan, held_on=datetime.date(2026, 3, 31))
    PlanReviewFactory(plan=plan, held_on=datetime.date(2026, 4, 1))

    with django_assert_num_queries(3):
        summary = plan_summary(2025)

    assert summary.plans == 2
    assert dict(summary.plans_by_status) == {"策定中": 1, "実行中": 1, "完了": 0}
    assert summary.issues == 4
    by_approach = {a.approach: a for a in summary.approaches}
    business = by_approach[Approach.BUSINESS]
    assert (business.total, business.average_progress) == (2, 40)
    assert dict(business.by_status)["取り組み中"] == 2
    assert dict(by_approach[Approach.CIVIC_MOVEMENT].by_status)["達成"] == 1
    assert dict(by_approach[Approach.MEMBER_ACTIVITY].by_status)["未着手"] == 1
    assert summary.reviews_held == 2
    assert [r.held_on for r in summary.reviews] == [
        datetime.date(2025, 5, 1),
        datetime.date(2026, 3, 31),
    ]


def test_a_year_without_plans_gives_an_empty_summary():
    summary = plan_summary(2030)
    assert (summary.plans, summary.issues, summary.reviews_held) == (0, 0, 0)
    assert [a.total for a in summary.approaches] == [0, 0, 0]


def test_the_dashboard_piece_names_each_overdue_plan_and_its_area():
    plan = AreaPlanFactory(adopted_on=datetime.date(2024, 6, 1), title="遅れている計画")
    html = render_to_string(
        "includes/plans_overdue.html",
        {"overdue_plans": plans_overdue_for_review(today=datetime.date(2025, 1, 1))},
    )
    assert plan.area_group.name in html and "遅れている計画" in html
    assert "2024年12月1日" in html and "まだ振り返りをしていません。" in html
    assert f"/admin/plans/areaplan/{plan.pk}/change/" in html


def test_the_dashboard_piece_says_so_when_nothing_is_late_in_both_languages():
    html = render_to_string("includes/plans_overdue.html", {"overdue_plans": []})
    assert "振り返りの時期を過ぎたプランはありません。" in html
    with translation.override("en"):
        html = render_to_string("includes/plans_overdue.html", {"overdue_plans": []})
    assert "No plan is overdue for review." in html
