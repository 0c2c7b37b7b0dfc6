"""Sign-ups are erased once their date is past the retention period."""

import datetime

import pytest
from django.utils import timezone

from core.retention import erase_expired
from signups.models import Signup

pytestmark = pytest.mark.django_db


def make(event, day, name):
    signup = Signup(event=event, occurrence_date=day, name=name, phone="0312345678")
    signup.set_token()
    signup.save()


def test_sign_ups_whose_date_is_past_the_retention_period_are_erased(cafe, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    today = timezone.localdate()
    make(cafe, today - datetime.timedelta(days=31), "古い")
    make(cafe, today - datetime.timedelta(days=29), "最近")
    make(cafe, today + datetime.timedelta(days=3), "これから")
    erased = erase_expired(timezone.now())
    assert erased["申し込み"] == 1
    assert sorted(Signup.objects.values_list("name", flat=True)) == ["これから", "最近"]
