"""The event models' rules: which events are upcoming, in a year or public, and the dates a
report or an event may carry."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from areas.models import PublicationStatus
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import Event, Recurrence

pytestmark = pytest.mark.django_db


def test_upcoming_keeps_series_still_running_and_drops_past_single_events():
    now = local_datetime(2023, 10, 1, 12)
    past = EventFactory(
        starts_at=local_datetime(2023, 9, 1, 10), ends_at=local_datetime(2023, 9, 1, 12)
    )
    future = EventFactory(
        starts_at=local_datetime(2023, 10, 5, 10), ends_at=local_datetime(2023, 10, 5, 12)
    )
    series = EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13),
        ends_at=local_datetime(2023, 4, 15, 15),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
    )
    upcoming = set(Event.objects.upcoming(now))
    assert upcoming == {future, series}
    assert past not in upcoming


def test_for_year_includes_events_on_the_fiscal_year_edges():
    march_31 = EventFactory(
        starts_at=local_datetime(2024, 3, 31, 23), ends_at=local_datetime(2024, 3, 31, 23, 30)
    )
    april_1 = EventFactory(
        starts_at=local_datetime(2024, 4, 1, 0), ends_at=local_datetime(2024, 4, 1, 1)
    )
    assert list(Event.objects.for_year(2023)) == [march_31]
    assert list(Event.objects.for_year(2024)) == [april_1]


def test_only_published_events_are_public():
    shown = EventFactory(publication=PublicationStatus.PUBLISHED)
    EventFactory(publication=PublicationStatus.DRAFT)
    assert list(Event.objects.published()) == [shown]


def test_a_report_must_be_dated_on_an_occurrence_of_its_event():
    event = EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13), ends_at=local_datetime(2023, 4, 15, 15)
    )
    report = ActivityReportFactory.build(event=event, held_on=datetime.date(2023, 4, 16))
    with pytest.raises(ValidationError) as excinfo:
        report.clean()
    assert "held_on" in excinfo.value.message_dict
    ActivityReportFactory.build(event=event, held_on=datetime.date(2023, 4, 15)).clean()


def test_the_database_refuses_an_event_that_ends_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(
            starts_at=local_datetime(2023, 6, 1, 12), ends_at=local_datetime(2023, 6, 1, 11)
        )
