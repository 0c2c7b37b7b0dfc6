import datetime

import pytest
from django.utils import translation

from areas.fiscal_year import (
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
