"""Loading the demo again on a later day updates the sample rows instead of adding more."""

import datetime

import pytest
from django.apps import apps
from django.utils import timezone

from events.models import ActivityReport, Event
from portal.demo.loader import load_demo

pytestmark = pytest.mark.django_db

# Every model of the portal's apps. The history tables are left out on purpose: each load
# records its saves there, as any other edit would.
MODELS = [
    model
    for app in ("coops", "areas", "events", "booklet")
    for model in apps.get_app_config(app).get_models()
    if not model.__name__.startswith("Historical")
]


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in MODELS}


def test_loading_on_a_later_day_leaves_the_same_number_of_every_row():
    load_demo(today=datetime.date(2026, 6, 15))
    first = counts()
    load_demo(today=datetime.date(2026, 12, 20))
    assert counts() == first
    assert first["events.ActivityReport"] > 10


def test_the_monthly_cafe_keeps_its_last_three_meetings_reported_as_of_the_later_day():
    load_demo(today=datetime.date(2026, 6, 15))
    load_demo(today=datetime.date(2026, 12, 20))
    cafe = Event.objects.get(title="荒川コープカフェ")
    recent = cafe.reports.filter(held_on__gte=datetime.date(2026, 4, 1))
    held = sorted(recent.values_list("held_on", flat=True))
    assert len(held) == 3
    assert all(datetime.date(2026, 9, 1) < day < datetime.date(2026, 12, 20) for day in held)


def test_a_sample_events_report_moves_with_the_event():
    load_demo(today=datetime.date(2026, 6, 15))
    load_demo(today=datetime.date(2026, 12, 20))
    # Sample events of the current year sit 12 and 40 days before the day of loading.
    for days in (12, 40):
        day = datetime.date(2026, 12, 20) - datetime.timedelta(days=days)
        reports = ActivityReport.objects.filter(held_on=day).select_related("event")
        assert reports
        for report in reports:
            assert timezone.localtime(report.event.starts_at).date() == day
            assert report.event.reports.count() == 1
