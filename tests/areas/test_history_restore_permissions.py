"""Restoring a version saves the row: only for who may change it (access issue, item 1)."""

import pytest
from django.urls import reverse

from areas.models import AreaGroup
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def joint_event(area_rows):
    """荒川区's event, held jointly with 北区: 荒川区's coordinator may view it, not change it."""
    event = area_rows["arakawa"]["event"]
    event.area_groups.add(AreaGroup.objects.get(slug="kita"))
    return event


def restore_url(event):
    version = event.history.order_by("history_date").first()
    return reverse("admin:events_event_simple_history", args=[event.pk, version.history_id])


def test_a_coordinator_cannot_restore_a_version_of_a_joint_event(
    client, coordinator_a, joint_event
):
    title = joint_event.title
    client.force_login(coordinator_a)
    url = restore_url(joint_event)
    page = client.get(url)
    assert page.status_code == 200  # they may look at the old version
    forged = form_data(page, "historicalevent_form", title="書き換えた題名")
    forged["area_groups"] = [str(AreaGroup.objects.get(slug="arakawa").pk)]

    response = client.post(url, forged)

    assert response.status_code == 403
    joint_event.refresh_from_db()
    assert joint_event.title == title
    assert set(joint_event.area_groups.values_list("slug", flat=True)) == {"arakawa", "kita"}


def test_the_restore_page_of_a_joint_event_offers_no_save_to_a_coordinator(
    client, coordinator_a, joint_event
):
    client.force_login(coordinator_a)
    page = client.get(restore_url(joint_event))
    assert 'name="_save"' not in page.content.decode()


def test_a_coordinator_restores_a_version_of_their_own_event(client, coordinator_a, area_rows):
    event = area_rows["arakawa"]["event"]
    original = event.title
    event.title = "誤って変えた題名"
    event.save()
    client.force_login(coordinator_a)
    url = restore_url(event)
    response = client.post(url, form_data(client.get(url), "historicalevent_form"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == original


def test_another_areas_coordinator_cannot_post_a_restore(client, coordinator_b, area_rows):
    event = area_rows["arakawa"]["event"]
    client.force_login(coordinator_b)
    response = client.post(restore_url(event), {"title": "x"})
    assert response.status_code == 404


def test_restoring_a_version_cannot_move_a_row_into_another_area(
    client, secretariat, coordinator_a, area_rows
):
    """An old version whose plan was 北区's (the 事務局 moved it there and back) is not a way
    for 荒川区's coordinator to move the issue out, nor to read 北区's plan title."""
    from plans.factories import AreaPlanFactory, PlanIssueFactory

    own_plan = AreaPlanFactory(area_group=area_rows["arakawa"]["areagroup"])
    other_plan = AreaPlanFactory(
        area_group=area_rows["kita"]["areagroup"], title="北区の秘密の計画"
    )
    issue = PlanIssueFactory(plan=own_plan)
    issue.plan = other_plan
    issue.save()
    issue.plan = own_plan
    issue.save()
    version = issue.history.filter(plan=other_plan).get()
    url = reverse("admin:plans_planissue_simple_history", args=[issue.pk, version.history_id])

    client.force_login(coordinator_a)
    page = client.get(url)
    assert "北区の秘密の計画" not in page.content.decode()
    response = client.post(
        url, form_data(page, "historicalplanissue_form", plan=str(other_plan.pk))
    )

    assert response.status_code == 200  # refused: not a choice
    issue.refresh_from_db()
    assert issue.plan == own_plan
