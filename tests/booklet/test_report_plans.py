"""The yearly report's わたまちプラン section: issues by approach and status, reviews held."""

import datetime
import io
import json

import pytest
from django.utils import translation
from pypdf import PdfReader

from areas.factories import YearlyThemeFactory
from booklet import services
from booklet.models import PublishedReport
from plans.factories import AreaPlanFactory, PlanIssueFactory, PlanReviewFactory
from plans.models import Approach, IssueStatus, PlanStatus
from tests.booklet.report_helpers import element_items, element_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def plans_2025(db):
    plan = AreaPlanFactory(
        first_fiscal_year=2024, last_fiscal_year=2026, title="みんなでつくる北の福祉プラン"
    )
    YearlyThemeFactory(area_group=plan.area_group, fiscal_year=2025)
    PlanIssueFactory(plan=plan, approach=Approach.BUSINESS, progress=20)
    PlanIssueFactory(plan=plan, approach=Approach.BUSINESS, progress=60)
    PlanIssueFactory(
        plan=plan, approach=Approach.CIVIC_MOVEMENT, status=IssueStatus.ACHIEVED, progress=100
    )
    AreaPlanFactory(
        first_fiscal_year=2025, last_fiscal_year=2029, status=PlanStatus.DRAFTING, adopted_on=None
    )
    PlanReviewFactory(plan=plan, held_on=datetime.date(2025, 11, 4))
    # Another fiscal year's review is not counted.
    PlanReviewFactory(plan=plan, held_on=datetime.date(2026, 4, 2))
    return plan


def test_the_report_content_carries_the_years_plans_as_plain_data(plans_2025):
    plans = services.build_report(2025)["plans"]
    # The snapshot is JSON: what goes in comes back out the same.
    assert json.loads(json.dumps(plans)) == plans
    assert plans["plans"] == 2
    assert {row["label"]: row["count"] for row in plans["plans_by_status"]} == {
        "策定中": 1,
        "実行中": 1,
        "完了": 0,
    }
    business = next(a for a in plans["approaches"] if a["approach"] == Approach.BUSINESS)
    assert (business["label"], business["total"], business["average_progress"]) == ("事業", 2, 40)
    in_progress = plans["issue_statuses"].index("取り組み中")
    assert business["by_status"][in_progress] == 2
    assert plans["reviews_held"] == 1
    assert plans["reviews"] == [
        {
            "held_on": "2025-11-04",
            "plan": "みんなでつくる北の福祉プラン",
            "area": plans_2025.area_group.name,
            "area_slug": plans_2025.area_group.slug,
        }
    ]


def test_labels_in_the_snapshot_stay_japanese_when_an_english_page_publishes(plans_2025, superuser):
    with translation.override("en"):
        services.publish(2025, superuser)
    plans = PublishedReport.objects.get(fiscal_year=2025).content["plans"]
    assert [a["label"] for a in plans["approaches"]] == ["事業", "組合員活動", "市民運動"]


def test_the_published_report_shows_the_plans_it_was_frozen_with(client, plans_2025, superuser):
    services.publish(2025, superuser)
    # A plan issue added after publication waits for the next publication.
    PlanIssueFactory(plan=plans_2025, approach=Approach.BUSINESS)
    html = client.get("/reports/2025/").content.decode()
    assert "わたまちプランの取り組み" in html
    business = element_text(html, f"plans-{Approach.BUSINESS}")
    assert business.split("\n")[:2] == ["事業", "2"]
    assert "40%" in business
    assert element_items(html, "plans-reviews") == [
        f"2025年11月4日(火) {plans_2025.area_group.name}「みんなでつくる北の福祉プラン」"
    ]
    # The review names the plan, which is a link to the area's plan page.
    plan_page = f"/areas/{plans_2025.area_group.slug}/plan/"
    assert f'<a href="{plan_page}">みんなでつくる北の福祉プラン</a>' in html
    assert client.get(plan_page).status_code == 200


def test_the_plans_section_reads_in_english(client, plans_2025, superuser):
    services.publish(2025, superuser)
    html = client.get("/en/reports/2025/").content.decode()
    assert "Watamachi plans at work" in html
    assert element_text(html, f"plans-{Approach.BUSINESS}").startswith("business")
    assert "Tue, November 4, 2025" in element_text(html, "plans-reviews")


def test_a_year_without_plans_says_so(client, superuser):
    YearlyThemeFactory(fiscal_year=2010)
    services.publish(2010, superuser)
    html = client.get("/reports/2010/").content.decode()
    assert "この年度に実行しているわたまちプランはありません。" in html


def test_a_snapshot_published_before_the_plans_section_still_shows(client, superuser):
    YearlyThemeFactory(fiscal_year=2025)
    report = services.publish(2025, superuser)
    del report.content["plans"]
    report.save()
    response = client.get("/reports/2025/")
    assert response.status_code == 200
    assert 'id="plans"' not in response.content.decode()


def test_the_pdf_carries_the_plans_section(client, plans_2025, superuser):
    services.publish(2025, superuser)
    response = client.get("/reports/2025.pdf")
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert "わたまちプランの取り組み" in text
    assert "みんなでつくる北の福祉プラン" in text
    assert "市民運動" in text
