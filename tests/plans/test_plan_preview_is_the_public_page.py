"""Preview is the public page: a わたまちプラン previews as its area's plan page
(plans/area_plan.html, the public view's own context), marked as a preview, never indexed
nor cached; from a saved draft and from the admin form before saving, which stores nothing.
Another area's plan does not exist for a coordinator here."""

import pytest
from django.urls import reverse

from areas.models import PublicationStatus
from plans.factories import AreaPlanFactory, PlanIssueFactory
from plans.models import AreaPlan
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_plan(area_rows):
    plan = AreaPlanFactory(
        area_group=area_rows["arakawa"]["areagroup"],
        title="荒川の下書きプラン",
        publication=PublicationStatus.DRAFT,
    )
    PlanIssueFactory(plan=plan, title="買い物の足")
    return plan


def assert_is_the_marked_plan_page(response):
    html = response.content.decode()
    assert response.status_code == 200
    assert "plans/area_plan.html" in [t.name for t in response.templates]
    assert 'id="preview-banner"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"]


def test_a_saved_draft_plan_previews_as_the_public_plan_page(client, coordinator_a, draft_plan):
    assert client.get(reverse("area_plan", args=["arakawa"])).status_code == 404  # a draft
    client.force_login(coordinator_a)
    response = client.get(reverse("staff:plan_preview", args=[draft_plan.pk]))
    assert_is_the_marked_plan_page(response)
    html = response.content.decode()
    assert "荒川の下書きプラン" in html and "買い物の足" in html
    assert "下書きプレビュー" in html


def test_a_coordinator_cannot_preview_another_areas_plan(client, coordinator_b, draft_plan):
    client.force_login(coordinator_b)
    assert client.get(reverse("staff:plan_preview", args=[draft_plan.pk])).status_code == 404
    url = reverse("admin:plans_areaplan_preview", args=[draft_plan.pk])
    assert client.post(url, {"title": "乗っ取り"}).status_code == 404


def test_the_plan_list_in_the_admin_links_the_preview(client, coordinator_a, draft_plan):
    client.force_login(coordinator_a)
    html = client.get(reverse("admin:plans_areaplan_changelist")).content.decode()
    assert reverse("staff:plan_preview", args=[draft_plan.pk]) in html


def plan_state():
    return (
        AreaPlan.objects.count(),
        AreaPlan.history.count(),
        list(AreaPlan.objects.order_by("pk").values_list("pk", "title", "version")),
    )


def test_previewing_an_unsaved_plan_change_shows_it_and_stores_nothing(
    client, coordinator_a, draft_plan
):
    client.force_login(coordinator_a)
    url = reverse("admin:plans_areaplan_change", args=[draft_plan.pk])
    data = form_data(client.get(url), "areaplan_form", title="書きかけのプラン名")
    before = plan_state()
    response = client.post(reverse("admin:plans_areaplan_preview", args=[draft_plan.pk]), data)
    assert_is_the_marked_plan_page(response)
    assert "書きかけのプラン名" in response.content.decode()
    assert "保存前のプレビュー" in response.content.decode()
    assert plan_state() == before


def test_previewing_a_new_plan_for_another_area_is_refused(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    page = client.get(reverse("admin:plans_areaplan_add"))
    data = form_data(
        page,
        "areaplan_form",
        area_group=str(area_rows["kita"]["areagroup"].pk),
        title="北区のつもりのプラン",
        first_fiscal_year="2024",
        last_fiscal_year="2026",
        review_interval_months="6",
    )
    before = plan_state()
    response = client.post(reverse("admin:plans_areaplan_add_preview"), data)
    assert "プレビューできませんでした" in response.content.decode()
    assert plan_state() == before
