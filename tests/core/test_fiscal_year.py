import datetime

import pytest
from django.utils import translation

from core.fiscal_year import (
    fiscal_year_bounds,
    fiscal_year_end,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_start,
    reiwa_label,
)
from events.factories import local_datetime


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (datetime.date(2024, 3, 31), 2023),
        (datetime.date(2024, 4, 1), 2024),
        (datetime.date(2023, 4, 1), 2023),
        (datetime.date(2023, 12, 31), 2023),
        (datetime.date(2024, 1, 1), 2023),
    ],
)
def test_fiscal_year_turns_over_on_april_first(day, year):
    assert fiscal_year_of(day) == year


def test_a_utc_moment_is_read_in_tokyo_time():
    # 2024-03-31 16:00 UTC is already 2024-04-01 01:00 in Tokyo: the new fiscal year.
    moment = datetime.datetime(2024, 3, 31, 16, 0, tzinfo=datetime.UTC)
    assert fiscal_year_of(moment) == 2024


def test_fiscal_year_runs_from_april_to_march():
    assert fiscal_year_start(2023) == datetime.date(2023, 4, 1)
    assert fiscal_year_end(2023) == datetime.date(2024, 3, 31)
    start, end = fiscal_year_bounds(2023)
    assert start == local_datetime(2023, 4, 1)
    assert end == local_datetime(2024, 4, 1)


def test_labels_in_japanese_and_english():
    with translation.override("ja"):
        assert fiscal_year_label(2023) == "2023年度"
        assert reiwa_label(2023) == "令和5年度"
        assert reiwa_label(2019) == "令和元年度"
        assert reiwa_label(2018) == ""
    with translation.override("en"):
        assert fiscal_year_label(2023) == "FY2023"


@pytest.fixture
def in_2026(monkeypatch):
    """Today is 2026-05-01: fiscal year 2026, so the next fiscal year is 2027."""
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2026, 5, 1))


def test_the_portal_knows_the_years_2000_to_next_fiscal_year_and_no_others(in_2026):
    from core.fiscal_year import is_known_year, last_known_year

    assert last_known_year() == 2027
    assert is_known_year(2000) and is_known_year(2026) and is_known_year(2027)
    assert not is_known_year(1999)
    assert not is_known_year(2028)


def test_the_last_known_year_moves_on_with_the_fiscal_year(monkeypatch):
    from django.utils import timezone

    from core.fiscal_year import is_known_year

    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2027, 3, 31))
    assert not is_known_year(2028)
    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2027, 4, 1))
    assert is_known_year(2028)


@pytest.mark.parametrize("year", [1999, 2028, 0, 32767])
def test_a_fiscal_year_outside_the_rule_is_refused_with_the_range_in_japanese(in_2026, year):
    from django.core.exceptions import ValidationError

    from core.fiscal_year import validate_fiscal_year

    with pytest.raises(ValidationError) as refused:
        validate_fiscal_year(year)
    assert refused.value.messages == ["年度は2000年度から2027年度までで入力してください。"]


@pytest.mark.parametrize("year", [2000, 2026, 2027])
def test_a_fiscal_year_inside_the_rule_is_accepted(in_2026, year):
    from core.fiscal_year import validate_fiscal_year

    validate_fiscal_year(year)


def test_calendar_dates_reach_beyond_the_fiscal_years_people_type(in_2026):
    """A monthly café planned for years is still on the calendar of 2030."""
    from core.fiscal_year import is_calendar_year

    assert is_calendar_year(2030) and is_calendar_year(2000)
    assert not is_calendar_year(1999) and not is_calendar_year(2101)


@pytest.mark.parametrize(
    "url",
    ["/charter/?year=1950", "/reports/1950/", "/events/calendar/1950/4/", "/reports/2150/"],
)
def test_every_page_that_takes_a_year_refuses_one_the_portal_does_not_know(client, db, url):
    response = client.get(url)
    if url.startswith("/charter/"):
        assert "年度は 2023 のように西暦の数字で指定してください。" in response.content.decode()
    else:
        assert response.status_code == 404
