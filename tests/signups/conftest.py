import datetime

import pytest
from django.utils import timezone

from events.factories import EventFactory
from events.models import Recurrence, SignupMethod


def days_ahead(days: int, hour: int = 13) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour), tzinfo=timezone.get_current_timezone()
    )


@pytest.fixture
def cafe(db):
    """A one-off café in ten days that takes sign-ups here, for 5 people."""
    starts = days_ahead(10)
    return EventFactory(
        title="みんなの食堂",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        capacity=5,
        signup_method=SignupMethod.SITE,
    )


@pytest.fixture
def weekly(db):
    """A weekly café from tomorrow for eight weeks, 10 places each date."""
    starts = days_ahead(1)
    return EventFactory(
        title="毎週のカフェ",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        recurrence=Recurrence.WEEKLY,
        recurrence_until=(starts + datetime.timedelta(weeks=8)).date(),
        capacity=10,
        signup_method=SignupMethod.SITE,
    )


def day_of(event) -> datetime.date:
    return timezone.localtime(event.starts_at).date()


def form_data(event, **extra) -> dict:
    data = {
        "date": day_of(event).isoformat(),
        "name": "山田花子",
        "email": "hanako@example.org",
        "phone": "",
        "party_size": "1",
        "note": "",
        "website": "",
    }
    return data | extra
