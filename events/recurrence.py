"""Expanding a repeating event into its occurrences.

The rules are iCalendar's (RFC 5545 RRULE), computed by python-dateutil, so the
pages, the calendar view and the .ics feeds agree on every date.
"""

import datetime

from dateutil import rrule
from django.utils import timezone

WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


def nth_weekday(day: datetime.date) -> int:
    """Which occurrence of its weekday a date is in its month: 1..4, or -1 for the last."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def build_rule(kind: str, first_start: datetime.datetime, until: datetime.date) -> rrule.rrule:
    """The rule for `kind` ("weekly", "monthly_date", "monthly_weekday").

    `first_start` is a naive local datetime; occurrences keep its time of day.
    """
    last = datetime.datetime.combine(until, datetime.time.max)
    if kind == "weekly":
        return rrule.rrule(rrule.WEEKLY, dtstart=first_start, until=last)
    if kind == "monthly_date":
        # A date that some months lack (the 31st) is skipped in those months, as RFC 5545 says.
        return rrule.rrule(
            rrule.MONTHLY, dtstart=first_start, until=last, bymonthday=first_start.day
        )
    if kind == "monthly_weekday":
        weekday = WEEKDAYS[first_start.weekday()](nth_weekday(first_start.date()))
        return rrule.rrule(rrule.MONTHLY, dtstart=first_start, until=last, byweekday=weekday)
    raise ValueError(f"unknown recurrence {kind!r}")


def occurrence_starts(
    kind: str,
    first_start: datetime.datetime,
    until: datetime.date,
    window_start: datetime.datetime,
    window_end: datetime.datetime,
) -> list[datetime.datetime]:
    """Aware start times of the occurrences that start in [window_start, window_end)."""
    tz = timezone.get_current_timezone()
    local_first = timezone.localtime(first_start, tz).replace(tzinfo=None)
    rule = build_rule(kind, local_first, until)
    after = timezone.localtime(window_start, tz).replace(tzinfo=None)
    before = timezone.localtime(window_end, tz).replace(tzinfo=None)
    starts = rule.between(after, before, inc=True)
    return [s.replace(tzinfo=tz) for s in starts if s < before]
