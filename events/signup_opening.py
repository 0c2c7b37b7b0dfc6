"""When a date of an event takes sign-ups on this site.

A date is open when the event takes sign-ups here (申し込み方法「このサイトで」), is published
and not cancelled or postponed, the date is one of its occurrences and not cancelled on its
own, and the deadline has not passed: the event's 申し込み締切 when set, and in any case the
start of that date (whichever comes first).
"""

import datetime

from django.utils import timezone

from areas.models import PublicationStatus
from events.models import EventStatus
from events.models.event import Occurrence

SHOWN_OPEN_DATES = 6


def occurrence_on(event, day: datetime.date) -> Occurrence | None:
    """The occurrence of `event` held on `day` (a cancelled one included, marked)."""
    start = datetime.datetime.combine(day, datetime.time.min, timezone.get_current_timezone())
    found = event.occurrences_between(start, start + datetime.timedelta(days=1))
    held = [o for o in found if not o.cancelled]
    return (held or found or [None])[0]


def deadline(event, occurrence: Occurrence) -> datetime.datetime:
    if event.signup_deadline:
        return min(event.signup_deadline, occurrence.starts_at)
    return occurrence.starts_at


def event_takes_signups(event) -> bool:
    return (
        event.takes_signups_here
        and event.publication == PublicationStatus.PUBLISHED
        and event.status == EventStatus.SCHEDULED
    )


def is_open(event, occurrence: Occurrence | None, now=None) -> bool:
    now = now or timezone.now()
    return (
        occurrence is not None
        and event_takes_signups(event)
        and not occurrence.cancelled
        and now < deadline(event, occurrence)
    )


def open_occurrences(event, now=None, count: int = SHOWN_OPEN_DATES) -> list[Occurrence]:
    """The next `count` dates still open for sign-up, in order."""
    now = now or timezone.now()
    if not event_takes_signups(event):
        return []
    if not event.is_recurring:
        occurrence = Occurrence(event, event.starts_at, event.ends_at)
        return [occurrence] if is_open(event, occurrence, now) else []
    found = event.occurrences_between(now, now + datetime.timedelta(days=400))
    return [o for o in found if is_open(event, o, now)][:count]
