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
