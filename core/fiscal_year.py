"""The Japanese fiscal year (年度): April 1 to March 31.

2023年度 runs from 2023-04-01 to 2024-03-31. Every page, query and report that
speaks of a year means a fiscal year, and gets it from here.

One rule for the fiscal years the portal knows: from FIRST_KNOWN_YEAR (2000) to the next
fiscal year (a theme is prepared a year ahead, never further). Every view, command and
model field that takes a fiscal year asks `is_known_year` or `validate_fiscal_year`.
Dates are another matter: a calendar month or a date filter may look further ahead (a
monthly café planned for years), up to LAST_CALENDAR_YEAR, past which nothing is real.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

FIRST_MONTH = 4
FIRST_KNOWN_YEAR = 2000
# The last calendar year of dates one may browse (far ones would overflow date arithmetic).
LAST_CALENDAR_YEAR = 2100
# 令和 began on 2019-05-01; fiscal year 2019 is called 令和元年度.
REIWA_FIRST_YEAR = 2019


def last_known_year() -> int:
    """The next fiscal year: the furthest one anyone prepares."""
    return current_fiscal_year() + 1


def is_known_year(year: int) -> bool:
    return FIRST_KNOWN_YEAR <= year <= last_known_year()


def known_years_message() -> str:
    return _("年度は%(first)s年度から%(last)s年度までで入力してください。") % {
        "first": FIRST_KNOWN_YEAR,
        "last": last_known_year(),
    }


def validate_fiscal_year(value: int) -> None:
    """The validator of every fiscal year a person types (models, forms, commands)."""
    if not is_known_year(value):
        raise ValidationError(known_years_message(), code="unknown_fiscal_year")


def is_calendar_year(year: int) -> bool:
    """Whether dates of this calendar year may be browsed (calendar months, date filters)."""
    return FIRST_KNOWN_YEAR <= year <= LAST_CALENDAR_YEAR


def fiscal_year_of(day: datetime.date | datetime.datetime) -> int:
    """The fiscal year a date (or an aware datetime, read in local time) falls in."""
    if isinstance(day, datetime.datetime):
        day = timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    return day.year if day.month >= FIRST_MONTH else day.year - 1


def current_fiscal_year() -> int:
    return fiscal_year_of(timezone.localdate())


def fiscal_year_start(year: int) -> datetime.date:
    return datetime.date(year, FIRST_MONTH, 1)


def fiscal_year_end(year: int) -> datetime.date:
    """The last day of the fiscal year (March 31 of the next calendar year)."""
    return datetime.date(year + 1, FIRST_MONTH, 1) - datetime.timedelta(days=1)


def fiscal_year_bounds(year: int) -> tuple[datetime.datetime, datetime.datetime]:
    """Aware datetimes [start, end) in the current time zone, for range queries."""
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(fiscal_year_start(year), datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(fiscal_year_start(year + 1), datetime.time.min, tzinfo=tz)
    return start, end


def fiscal_year_label(year: int) -> str:
    """2023年度 (FY2023 in English)."""
    return _("%(year)s年度") % {"year": year}


def reiwa_label(year: int) -> str:
    """令和5年度 for 2023; empty before 令和."""
    if year < REIWA_FIRST_YEAR:
        return ""
    era_year = year - REIWA_FIRST_YEAR + 1
    number = _("元") if era_year == 1 else str(era_year)
    return _("令和%(number)s年度") % {"number": number}
