"""Expanding a repeating event into its occurrences.

The rules are iCalendar's (RFC 5545 RRULE), computed by python-dateutil, so the
pages, the calendar view and the .ics feeds agree on every date: `rule_spec`
is the one description of each kind of repetition, and both `build_rule` (for
the pages) and `ical_rule` (for the feeds) are made from it.
"""

import datetime

from dateutil import rrule
from django.utils import timezone

WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def nth_weekday(day: datetime.date) -> int:
    """Which occurrence of its weekday a date is in its month: 1..4, or -1 for the last."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def rule_spec(kind: str, first_start: datetime.datetime) -> dict:
    """Frequency and BY* parts of the rule for `kind` ("weekly", "monthly_date", "monthly_weekday").

    `first_start` is a naive local datetime. The result uses RFC 5545's words:
    {"freq": "MONTHLY", "byday": (nth, weekday index)} and so on.
    """
    if kind == "weekly":
        return {"freq": "WEEKLY"}
    if kind == "monthly_date":
        # A date that some months lack (the 31st) is skipped in those months, as RFC 5545 says.
        return {"freq": "MONTHLY", "bymonthday": first_start.day}
    if kind == "monthly_weekday":
        return {
            "freq": "MONTHLY",
            "byday": (nth_weekday(first_start.date()), first_start.weekday()),
        }
    raise ValueError(f"unknown recurrence {kind!r}")


def build_rule(kind: str, first_start: datetime.datetime, until: datetime.date) -> rrule.rrule:
    """The dateutil rule for `kind`; occurrences keep the time of day of `first_start` (naive)."""
    spec = rule_spec(kind, first_start)
    last = datetime.datetime.combine(until, datetime.time.max)
    options = {"dtstart": first_start, "until": last}
    if "bymonthday" in spec:
        options["bymonthday"] = spec["bymonthday"]
    if "byday" in spec:
        nth, weekday = spec["byday"]
        options["byweekday"] = WEEKDAYS[weekday](nth)
    return rrule.rrule(getattr(rrule, spec["freq"]), **options)


def ical_rule(kind: str, first_start: datetime.datetime, until: datetime.date) -> dict:
    """The same rule as `build_rule`, as the parts of an iCalendar RRULE (for icalendar's vRecur).

    `first_start` is aware; UNTIL is the end of the last day in local time, given in UTC
    as RFC 5545 asks when DTSTART carries a time zone.
    """
    tz = timezone.get_current_timezone()
    local_first = timezone.localtime(first_start, tz).replace(tzinfo=None)
    spec = rule_spec(kind, local_first)
    last = datetime.datetime.combine(until, datetime.time(23, 59, 59), tzinfo=tz)
    parts = {"freq": spec["freq"], "until": last.astimezone(datetime.UTC)}
    if "bymonthday" in spec:
        parts["bymonthday"] = spec["bymonthday"]
    if "byday" in spec:
        nth, weekday = spec["byday"]
        parts["byday"] = f"{nth}{ICAL_WEEKDAYS[weekday]}"
    return parts


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
