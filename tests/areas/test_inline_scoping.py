"""Inline rows and relation fields follow the area rule too (access issue, items 2 and 11)."""

import datetime

import pytest
from django.urls import reverse

from areas.models import AreaGroup
from events.factories import EventFactory, VenueFactory
from events.models import EventKind
from plans.factories import AreaPlanFactory, PlanIssueFactory
from plans.models import IssueSource, IssueStatus, PlanIssue, PlanReview
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def plans(area_rows):
    """A plan with one issue in 荒川区 and in 北区; a draft わたまちカフェ in each area."""
    rows = {}
    for slug in ["arakawa", "kita"]:
        area = AreaGroup.objects.get(slug=slug)
        plan = AreaPlanFactory(area_group=area)
        rows[slug] = {
            "plan": plan,
            "issue": PlanIssueFactory(plan=plan, title=f"{area.name}の地域課題", progress=10),
            "cafe": EventFactory(
                title=f"{area.name}の下書きのわたまちカフェ",
                kind=EventKind.WATAMACHI_CAFE,
                area_groups=[area],
                publication="draft",
            ),
        }
    return rows


def review_add_data(plan, issue):
    return {
        "plan": str(plan.pk),
        "held_on": "2025-01-15",
        "summary": "振り返りました。",
        "entries-TOTAL_FORMS": "1",
        "entries-INITIAL_FORMS": "0",
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
        "entries-0-issue": str(issue.pk),
        "entries-0-status": IssueStatus.ACHIEVED,
        "entries-0-progress": "100",
        "entries-0-note": "",
    }


def test_a_new_review_cannot_record_progress_of_another_areas_issue(client, coordinator_a, plans):
    client.force_login(coordinator_a)
    other_issue = plans["kita"]["issue"]
    response = client.post(
        reverse("admin:plans_planreview_add"),
        review_add_data(plans["arakawa"]["plan"], other_issue),
    )
    assert response.status_code == 200  # the form comes back with an error
    other_issue.refresh_from_db()
    assert other_issue.progress == 10
    assert other_issue.status == IssueStatus.IN_PROGRESS
    assert not PlanReview.objects.filter(plan=plans["arakawa"]["plan"]).exists()


def test_a_new_review_cannot_name_an_issue_of_another_plan_even_for_the_secretariat(
    client, secretariat, plans
):
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:plans_planreview_add"),
        review_add_data(plans["arakawa"]["plan"], plans["kita"]["issue"]),
    )
    assert response.status_code == 200
    assert "この振り返りの計画の地域課題を選んでください。" in response.content.decode()
    assert PlanIssue.objects.get(pk=plans["kita"]["issue"].pk).progress == 10


def test_a_new_review_records_its_own_plans_issue(client, coordinator_a, plans):
    client.force_login(coordinator_a)
    issue = plans["arakawa"]["issue"]
    response = client.post(
        reverse("admin:plans_planreview_add"), review_add_data(plans["arakawa"]["plan"], issue)
    )
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.progress == 100


def sources_data(page, form_id, prefix, field, value):
    return form_data(
        page,
        form_id,
        **{
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-0-{field}": str(value),
            f"{prefix}-0-id": "",
        },
    )


def test_an_own_events_sources_refuse_another_areas_issue(client, coordinator_a, plans):
    cafe = plans["arakawa"]["cafe"]
    url = reverse("admin:events_event_change", args=[cafe.pk])
    client.force_login(coordinator_a)
    page = client.get(url)
    data = sources_data(page, "event_form", "issue_sources", "issue", plans["kita"]["issue"].pk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert not IssueSource.objects.filter(issue=plans["kita"]["issue"]).exists()
    assert "北区まちづくりの地域課題" not in response.content.decode()


def test_an_own_issues_sources_refuse_another_areas_draft_event(client, coordinator_a, plans):
    issue = plans["arakawa"]["issue"]
    url = reverse("admin:plans_planissue_change", args=[issue.pk])
    client.force_login(coordinator_a)
    page = client.get(url)
    data = sources_data(page, "planissue_form", "sources", "event", plans["kita"]["cafe"].pk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert not IssueSource.objects.filter(event=plans["kita"]["cafe"]).exists()
    assert "北区まちづくりの下書きのわたまちカフェ" not in response.content.decode()


def test_an_own_issues_sources_accept_an_own_event(client, coordinator_a, plans):
    issue = plans["arakawa"]["issue"]
    url = reverse("admin:plans_planissue_change", args=[issue.pk])
    client.force_login(coordinator_a)
    data = sources_data(
        client.get(url), "planissue_form", "sources", "event", plans["arakawa"]["cafe"].pk
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert IssueSource.objects.filter(issue=issue, event=plans["arakawa"]["cafe"]).exists()


def test_a_coordinators_save_keeps_a_venue_the_secretariat_chose_elsewhere(
    client, coordinator_a, area_rows
):
    """Item 11: the venue is outside the coordinator's choices, but it is the event's own."""
    event = area_rows["arakawa"]["event"]
    elsewhere = VenueFactory(name="都庁の会議室", municipality=None)
    event.venue = elsewhere
    event.save()
    url = reverse("admin:events_event_change", args=[event.pk])
    client.force_login(coordinator_a)
    response = client.post(url, form_data(client.get(url), "event_form", title="題名を直した"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "題名を直した"
    assert event.venue == elsewhere


def test_a_coordinator_still_cannot_pick_another_areas_venue(client, coordinator_a, area_rows):
    event = area_rows["arakawa"]["event"]
    url = reverse("admin:events_event_change", args=[event.pk])
    client.force_login(coordinator_a)
    other = area_rows["kita"]["venue"]
    response = client.post(url, form_data(client.get(url), "event_form", venue=str(other.pk)))
    assert response.status_code == 200
    event.refresh_from_db()
    assert event.venue == area_rows["arakawa"]["venue"]


def test_review_entries_inline_offers_only_own_issues(rf, coordinator_a, plans):
    from django.contrib import admin

    request = rf.get("/")
    request.user = coordinator_a
    review = PlanReview.objects.create(
        plan=plans["arakawa"]["plan"], held_on=datetime.date(2025, 1, 1), summary="x"
    )
    review_admin = admin.site._registry[PlanReview]
    for formset, _inline in review_admin.get_formsets_with_inlines(request, review):
        field = formset.form.base_fields.get("issue")
        if field is not None:
            assert plans["arakawa"]["issue"] in field.queryset
            assert plans["kita"]["issue"] not in field.queryset
