"""The secretariat's dashboard lists the わたまちプラン whose periodic review is late."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from core.fiscal_year import current_fiscal_year
from plans.factories import AreaPlanFactory, PlanReviewFactory
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def late_and_fresh_plans(db):
    today = timezone.localdate()
    year = current_fiscal_year()
    late = AreaPlanFactory(
        title="振り返りが遅れているプラン",
        first_fiscal_year=year - 1,
        last_fiscal_year=year + 1,
        adopted_on=today - relativedelta(months=9),
        review_interval_months=6,
    )
    fresh = AreaPlanFactory(
        title="振り返りを済ませたプラン",
        first_fiscal_year=year - 1,
        last_fiscal_year=year + 1,
        adopted_on=today - relativedelta(months=9),
        review_interval_months=6,
    )
    PlanReviewFactory(plan=fresh, held_on=today - datetime.timedelta(days=14))
    return late, fresh


def test_a_plan_overdue_for_review_shows_on_the_dashboard_and_a_fresh_one_does_not(
    admin_client, late_and_fresh_plans
):
    late, _fresh = late_and_fresh_plans
    html = admin_client.get(f"/reports/{current_fiscal_year()}/dashboard/").content.decode()
    overdue = element_text(html, "plans-overdue-heading")
    assert overdue == "振り返りの時期を過ぎたわたまちプラン"
    assert "振り返りが遅れているプラン" in html
    assert late.area_group.name in html
    assert "まだ振り返りをしていません。" in html
    assert f"/admin/plans/areaplan/{late.pk}/change/" in html
    assert "振り返りを済ませたプラン" not in html


def test_the_overdue_plans_read_in_english(admin_client, late_and_fresh_plans):
    html = admin_client.get(f"/en/reports/{current_fiscal_year()}/dashboard/").content.decode()
    assert "Watamachi plans overdue for review" in html
    assert "振り返りが遅れているプラン" in html
    assert "振り返りを済ませたプラン" not in html


def test_the_dashboard_says_so_when_no_review_is_late(admin_client, late_and_fresh_plans):
    late, _fresh = late_and_fresh_plans
    PlanReviewFactory(plan=late, held_on=timezone.localdate())
    html = admin_client.get(f"/reports/{current_fiscal_year()}/dashboard/").content.decode()
    assert "振り返りの時期を過ぎたプランはありません。" in html
