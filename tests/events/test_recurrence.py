import datetime

import pytest
from django.core.exceptions import ValidationError

from events.factories import EventFactory, local_datetime
from events.models import Recurrence

pytestmark = pytest.mark.django_db


def dates(occurrences):
    return [o.date for o in occurrences]


def test_monthly_by_weekday_repeats_on_the_same_nth_weekday():
    # 2023-04-15 is the third Saturday of April.
    cafe = EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        ends_at=local_datetime(2023, 4, 15, 15, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2023, 7, 31),
    )
    assert dates(cafe.occurrences()) == [
        datetime.date(2023, 4, 15),
        datetime.date(2023, 5, 20),
        datetime.date(2023, 6, 17),
        datetime.date(2023, 7, 15),
    ]
    assert all(o.starts_at.hour == 13 and o.starts_at.minute == 30 for o in cafe.occurrences())
    assert all(o.ends_at - o.starts_at == datetime.timedelta(hours=2) for o in cafe.occurrences())


def test_monthly_by_weekday_on_a_fifth_week_means_the_last_one():
    # 2023-04-29 is the fifth (and last) Saturday of April; May's last Saturday is the 27th.
    event = EventFactory(
        starts_at=local_datetime(2023, 4, 29, 10),
        ends_at=local_datetime(2023, 4, 29, 11),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2023, 6, 30),
    )
    assert dates(event.occurrences()) == [
        datetime.date(2023, 4, 29),
        datetime.date(2023, 5, 27),
        datetime.date(2023, 6, 24),
    ]


def test_monthly_by_date_skips_months_without_that_day():
    event = EventFactory(
        starts_at=local_datetime(2024, 1, 31, 10),
        ends_at=local_datetime(2024, 1, 31, 11),
        recurrence=Recurrence.MONTHLY_DATE,
        recurrence_until=datetime.date(2024, 4, 30),
    )
    assert dates(event.occurrences()) == [datetime.date(2024, 1, 31), datetime.date(2024, 3, 31)]


def test_weekly_series_stops_at_its_end_date_inclusive():
    event = EventFactory(
        starts_at=local_datetime(2023, 4, 3, 10),
        ends_at=local_datetime(2023, 4, 3, 11),
        recurrence=Recurrence.WEEKLY,
        recurrence_until=datetime.date(2023, 4, 24),
    )
    assert len(event.occurrences()) == 4
    assert dates(event.occurrences())[-1] == datetime.date(2023, 4, 24)


def test_occurrences_between_only_returns_the_window():
    event = EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        ends_at=local_datetime(2023, 4, 15, 15, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
    )
    june = event.occurrences_between(local_datetime(2023, 6, 1), local_datetime(2023, 7, 1))
    assert dates(june) == [datetime.date(2023, 6, 17)]
    assert event.is_occurrence_date(datetime.date(2023, 6, 17))
    assert not event.is_occurrence_date(datetime.date(2023, 6, 18))


def test_next_occurrence_of_a_series_is_the_first_not_yet_ended():
    event = EventFactory(
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        ends_at=local_datetime(2023, 4, 15, 15, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
    )
    during_june_cafe = local_datetime(2023, 6, 17, 14, 0)
    assert event.next_occurrence(during_june_cafe).date == datetime.date(2023, 6, 17)
    after_june_cafe = local_datetime(2023, 6, 17, 16, 0)
    assert event.next_occurrence(after_june_cafe).date == datetime.date(2023, 7, 15)
    assert event.next_occurrence(local_datetime(2024, 4, 1)) is None


def test_a_repeating_event_without_an_end_date_runs_to_its_fiscal_years_end():
    event = EventFactory.build(
        recurrence=Recurrence.MONTHLY_DATE,
        recurrence_until=None,
        starts_at=local_datetime(2027, 2, 15, 10),
        ends_at=local_datetime(2027, 2, 15, 12),
    )
    event.clean()
    assert event.recurrence_until == datetime.date(2027, 3, 31)


def test_an_event_cannot_end_before_it_starts():
    event = EventFactory.build(
        starts_at=local_datetime(2023, 6, 1, 12), ends_at=local_datetime(2023, 6, 1, 11)
    )
    with pytest.raises(ValidationError) as excinfo:
        event.clean()
    assert "ends_at" in excinfo.value.message_dict
