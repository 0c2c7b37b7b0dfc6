"""The event's admin page costs the same whatever the number of its reports (no query per
inline row: neither for the stale-save version nor for each report's title)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.factories import ActivityReportFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("persona", ["secretariat", "coordinator_a"])
def test_the_event_admin_page_runs_the_same_queries_with_one_report_or_six(
    request, client, area_rows, persona
):
    event = area_rows["arakawa"]["event"]
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:events_event_change", args=[event.pk])
    client.get(url)  # warm the per-process caches (content types) first
    one = queries_for(client, url)
    for day in range(1, 6):
        ActivityReportFactory(event=event, held_on=datetime.date(2023, 7, day))
    assert event.reports.count() == 6
    assert queries_for(client, url) == one
