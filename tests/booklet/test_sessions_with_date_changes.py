"""Sessions held (開催回数) follow a series' changed dates (issue 14): a date cancelled on its
own is no session; a moved one counts in the month it moved to."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from areas.models import AreaGroup
from booklet.sessions import sessions_held
from events.factories import EventFactory, local_datetime
from events.models import OccurrenceAction, OccurrenceChange, Recurrence

pytestmark = pytest.mark.django_db

AFTER_THE_YEAR = local_datetime(2024, 4, 1, 0, 0)


@pytest.fixture
def arakawa(tokyo_areas):
    return AreaGroup.objects.get(slug="arakawa")


@pytest.fixture
def cafe(arakawa):
    """毎月第3土曜日, the whole of 2023年度: twelve sessions."""
    return EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        ends_at=local_datetime(2023, 4, 15, 15, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
        area_groups=[arakawa],
    )


def test_a_cancelled_date_is_no_session_and_a_moved_one_counts_where_it_moved(cafe, arakawa):
    assert sessions_held(2023, [arakawa.pk], AFTER_THE_YEAR).total == 12
    OccurrenceChange.objects.create(event=cafe, original_date=datetime.date(2023, 5, 20))
    OccurrenceChange.objects.create(
        event=cafe,
        original_date=datetime.date(2023, 6, 17),
        action=OccurrenceAction.MOVED,
        starts_at=local_datetime(2023, 7, 1, 13, 30),
        ends_at=local_datetime(2023, 7, 1, 15, 30),
    )
    sessions = sessions_held(2023, [arakawa.pk], AFTER_THE_YEAR)
    assert sessions.total == 11
    assert (sessions.by_month.get(5), sessions.by_month.get(6), sessions.by_month[7]) == (
        None,
        None,
        2,
    )


def test_series_without_changes_still_cost_one_query(cafe, arakawa):
    with CaptureQueriesContext(connection) as queries:
        sessions_held(2023, [arakawa.pk], AFTER_THE_YEAR)
    assert len(queries) == 1
