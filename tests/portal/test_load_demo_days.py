"""Loading the demo again on a later day leaves the sample rows where the first load put them.

Rows of the current year are placed relative to the day of loading; once there, a person
may have changed them, so a later load neither moves them nor adds more.
"""

import datetime

import pytest
from django.apps import apps
from django.utils import timezone

from events.models import ActivityReport, Event
from portal.demo.loader import load_demo

pytestmark = pytest.mark.django_db

# Every model of the portal's apps, their history tables included: a later load saves nothing.
MODELS = [
    model
    for app in ("coops", "areas", "events", "plans", "booklet")
    for model in apps.get_app_config(app).get_models()
]


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in MODELS}


def test_loading_on_a_later_day_leaves_the_same_number_of_every_row():
    load_demo(today=datetime.date(2026, 6, 15))
    first = counts()
    load_demo(today=datetime.date(2026, 12, 20))
    assert counts() == first
    assert first["events.ActivityReport"] > 10


def test_the_monthly_cafe_keeps_the_meetings_reported_at_the_first_load():
    load_demo(today=datetime.date(2026, 6, 15))
    load_demo(today=datetime.date(2026, 12, 20))
    cafe = Event.objects.get(title="荒川コープカフェ")
    recent = cafe.reports.filter(held_on__gte=datetime.date(2026, 1, 1))
    held = sorted(recent.values_list("held_on", flat=True))
    # The last three third Saturdays before 15 June 2026; none added for the later day.
    assert held == [
        datetime.date(2026, 3, 21),
        datetime.date(2026, 4, 18),
        datetime.date(2026, 5, 16),
    ]


def test_a_sample_event_and_its_report_stay_on_the_first_loads_day():
    load_demo(today=datetime.date(2026, 6, 15))
    load_demo(today=datetime.date(2026, 12, 20))
    # Sample events of the current year sit 12 and 40 days before the day of loading.
    for days in (12, 40):
        day = datetime.date(2026, 6, 15) - datetime.timedelta(days=days)
        reports = ActivityReport.objects.filter(held_on=day).select_related("event")
        assert reports
        for report in reports:
            assert timezone.localtime(report.event.starts_at).date() == day
            assert report.event.reports.count() == 1
    later = [datetime.date(2026, 12, 20) - datetime.timedelta(days=d) for d in (12, 40)]
    assert not ActivityReport.objects.filter(held_on__in=later).exists()
