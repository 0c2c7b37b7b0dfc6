"""Dates and times as people type them in Japan: 2027/01/13, 2027年1月13日, 13時30分."""

import datetime

import pytest
from django import forms
from django.utils import translation


@pytest.mark.parametrize("typed", ["2027/01/13", "2027-01-13", "2027年1月13日", "2027/1/13"])
def test_a_date_is_understood_as_typed(typed):
    with translation.override("ja"):
        assert forms.DateField().clean(typed) == datetime.date(2027, 1, 13)


@pytest.mark.parametrize("typed", ["13:30", "13時30分"])
def test_a_time_is_understood_as_typed(typed):
    with translation.override("ja"):
        assert forms.TimeField().clean(typed) == datetime.time(13, 30)


def test_a_wrong_date_is_still_refused_in_japanese():
    with translation.override("ja"), pytest.raises(forms.ValidationError) as refused:
        forms.DateField().clean("2027/13/45")
    assert "日付を正しく入力してください" in str(refused.value)


# --- era dates and full-width digits (core/japanese_dates.py) ---------------------------

from core.japanese_dates import JapaneseDateField, JapaneseSplitDateTimeField  # noqa: E402


@pytest.mark.parametrize(
    "typed, day",
    [
        ("令和9年1月13日", datetime.date(2027, 1, 13)),
        ("令和元年5月1日", datetime.date(2019, 5, 1)),
        ("令和 9年 1月 13日", datetime.date(2027, 1, 13)),
        ("R9/1/13", datetime.date(2027, 1, 13)),
        ("r9.1.13", datetime.date(2027, 1, 13)),
        ("平成31年4月30日", datetime.date(2019, 4, 30)),
        ("昭和64年1月7日", datetime.date(1989, 1, 7)),
        ("令和９年１月１３日", datetime.date(2027, 1, 13)),
        ("２０２７/０１/１３", datetime.date(2027, 1, 13)),
        ("2027年1月13日", datetime.date(2027, 1, 13)),
        ("2027-01-13", datetime.date(2027, 1, 13)),
    ],
)
def test_a_date_with_an_era_or_full_width_digits_is_understood(typed, day):
    with translation.override("ja"):
        assert JapaneseDateField().clean(typed) == day


@pytest.mark.parametrize("typed", ["令和1年4月30日", "平成31年5月1日", "令和0年6月1日"])
def test_a_date_outside_its_era_is_refused_in_japanese(typed):
    with translation.override("ja"), pytest.raises(forms.ValidationError) as refused:
        JapaneseDateField().clean(typed)
    assert "日付を確かめてください" in str(refused.value)


def test_a_day_that_does_not_exist_in_an_era_is_refused_in_japanese():
    with translation.override("ja"), pytest.raises(forms.ValidationError) as refused:
        JapaneseDateField().clean("令和9年2月30日")
    assert "日付を正しく入力してください" in str(refused.value)


def test_the_date_half_of_a_date_and_time_reads_eras_and_the_time_half_full_width():
    with translation.override("ja"):
        moment = JapaneseSplitDateTimeField().clean(["令和9年1月13日", "１３時３０分"])
    assert moment.replace(tzinfo=None) == datetime.datetime(2027, 1, 13, 13, 30)
