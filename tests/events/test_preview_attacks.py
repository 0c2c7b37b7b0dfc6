"""The form preview (areas/previews.py) against a coordinator reaching past their area: a
joint event with another area (which they may see, not change), a report of it, another
area's event named in an unsaved report."""

import pytest
from django.urls import reverse

from events.factories import ActivityReportFactory, EventFactory
from events.models import ActivityReport
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def joint(area_rows):
    groups = [area_rows["arakawa"]["areagroup"], area_rows["kita"]["areagroup"]]
    event = EventFactory(title="合同の祭り", area_groups=groups)
    return event, ActivityReportFactory(event=event, summary="合同の報告")


def test_a_coordinator_cannot_form_preview_a_joint_event_they_may_only_view(
    client, coordinator_a, joint
):
    event, report = joint
    client.force_login(coordinator_a)
    event_url = reverse("admin:events_event_preview", args=[event.pk])
    report_url = reverse("admin:events_activityreport_preview", args=[report.pk])
    assert client.post(event_url, {"title": "書き換え"}).status_code == 403
    assert client.post(report_url, {"summary": "書き換え"}).status_code == 403


def test_an_unsaved_report_cannot_name_a_joint_or_another_areas_event(
    client, coordinator_a, area_rows, joint
):
    client.force_login(coordinator_a)
    add = reverse("admin:events_activityreport_add")
    for event in [joint[0], area_rows["kita"]["event"]]:
        data = form_data(client.get(add), "activityreport_form")
        data.update(event=str(event.pk), held_on="2030/01/01", participants="3", summary="偽")
        before = ActivityReport.objects.count()
        response = client.post(reverse("admin:events_activityreport_add_preview"), data)
        html = response.content.decode()
        assert "プレビューできませんでした" in html
        assert event.title not in html
        assert ActivityReport.objects.count() == before
