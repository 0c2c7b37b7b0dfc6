"""Coordinators keep their plans in the admin; a late review is flagged to them."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from areas.factories import AreaGroupFactory
from plans.factories import (
    AreaPlanFactory,
    IssueSourceFactory,
    MilestoneFactory,
    PlanContactFactory,
    PlanReviewFactory,
    RaisedVoiceFactory,
    ReviewEntryFactory,
)
from plans.models import AreaPlan, PlanContact, PlanIssue, PlanReview

pytestmark = pytest.mark.django_db

MODELS = [AreaPlan, PlanIssue, PlanReview, PlanContact]


def admin_url(model, action, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}", args=args)


@pytest.fixture
def plan_data():
    entry = ReviewEntryFactory()
    MilestoneFactory(issue=entry.issue)
    IssueSourceFactory(issue=entry.issue)
    PlanContactFactory(area_group=entry.review.plan.area_group)
    RaisedVoiceFactory()
    return entry.review.plan


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_plan_change_list_and_form_opens_in_japanese(admin_client, plan_data, model):
    response = admin_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert str(model._meta.verbose_name) in response.content.decode()
    obj = model.objects.first()
    assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_the_issue_form_has_its_milestones_and_the_cafes_that_raised_it(admin_client, plan_data):
    issue = PlanIssue.objects.first()
    html = admin_client.get(admin_url(PlanIssue, "change", issue.pk)).content.decode()
    assert "節目（マイルストーン）" in html
    assert "地域課題が出された場" in html


def test_a_report_form_takes_the_voices_raised(admin_client, plan_data):
    from events.models import ActivityReport

    report = ActivityReport.objects.filter(voices__isnull=False).first()
    html = admin_client.get(admin_url(ActivityReport, "change", report.pk)).content.decode()
    assert "出された課題・ニーズ・声" in html


def test_an_overdue_plan_is_flagged_on_the_list_and_its_form(admin_client):
    late = AreaPlanFactory(adopted_on=datetime.date(2020, 4, 1), title="遅れている計画")
    AreaPlanFactory(adopted_on=datetime.date(2020, 4, 1), title="最近振り返った計画")
    PlanReviewFactory(
        plan=AreaPlan.objects.get(title="最近振り返った計画"), held_on=datetime.date.today()
    )
    changelist = admin_client.get(admin_url(AreaPlan, "changelist")).content.decode()
    assert "振り返りの時期を過ぎたプランが1件あります。" in changelist
    assert changelist.count("⚠ 振り返りの時期を過ぎています") == 1
    change = admin_client.get(admin_url(AreaPlan, "change", late.pk)).content.decode()
    assert "「遅れている計画」は振り返りの時期" in change


def test_a_two_year_plan_is_refused_in_the_admin_and_nothing_is_saved(admin_client):
    group = AreaGroupFactory()
    response = admin_client.post(
        admin_url(AreaPlan, "add"),
        {
            "area_group": group.pk,
            "title": "短すぎる計画",
            "vision": "めざす姿",
            "first_fiscal_year": 2025,
            "last_fiscal_year": 2026,
            "status": "drafting",
            "review_interval_months": 6,
            "publication": "draft",
            "issues-TOTAL_FORMS": 0,
            "issues-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "計画の期間は3〜5年度にしてください" in response.content.decode()
    assert not AreaPlan.objects.exists()


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("coordinator-a", password="pass", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="plans", codename__contains="plan")
    )
    return user


def test_a_coordinator_sees_only_their_own_areas_plans(client, coordinator):
    mine = AreaPlanFactory(title="わたしの地域の計画")
    mine.area_group.coordinators.add(coordinator)
    other = AreaPlanFactory(title="よその地域の計画")
    client.force_login(coordinator)
    html = client.get(admin_url(AreaPlan, "changelist")).content.decode()
    assert "わたしの地域の計画" in html and "よその地域の計画" not in html
    # Another area's plan is a 404, as for every area-scoped row (areas/permissions.py).
    response = client.get(admin_url(AreaPlan, "change", other.pk))
    assert response.status_code == 404


def test_a_coordinator_cannot_file_a_plan_under_another_area(client, coordinator):
    AreaGroupFactory().coordinators.add(coordinator)
    other = AreaGroupFactory()
    client.force_login(coordinator)
    response = client.post(
        admin_url(AreaPlan, "add"),
        {
            "area_group": other.pk,
            "title": "よその地域への計画",
            "vision": "めざす姿",
            "first_fiscal_year": 2025,
            "last_fiscal_year": 2027,
            "status": "drafting",
            "review_interval_months": 6,
            "publication": "draft",
            "issues-TOTAL_FORMS": 0,
            "issues-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "正しく選択してください" in response.content.decode()
    assert not AreaPlan.objects.exists()


def test_the_admin_front_page_is_quiet_when_no_review_is_late(admin_client):
    AreaPlanFactory(adopted_on=datetime.date.today())
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "振り返りの予定日" not in html
