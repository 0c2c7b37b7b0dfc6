"""Messages are erased after the retention period: a handled one counted from when it was
handled, an unhandled one from when it was received."""

import datetime

import pytest
from django.utils import timezone

from core.retention import erase_expired
from inquiries.models import GroupMessage

pytestmark = pytest.mark.django_db


def _message(area_group, *, received_days_ago, handled_days_ago=None):
    now = timezone.now()
    message = GroupMessage.objects.create(
        area_group=area_group, name="住民", email="someone@example.net", body="質問"
    )
    handled = now - datetime.timedelta(days=handled_days_ago) if handled_days_ago else None
    GroupMessage.objects.filter(pk=message.pk).update(
        created_at=now - datetime.timedelta(days=received_days_ago), handled_at=handled
    )
    return message.pk


def test_messages_past_the_period_are_erased_and_the_rest_kept(arakawa, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 180
    unhandled_old = _message(arakawa, received_days_ago=181)
    unhandled_recent = _message(arakawa, received_days_ago=10)
    handled_long_ago = _message(arakawa, received_days_ago=400, handled_days_ago=200)
    handled_lately = _message(arakawa, received_days_ago=400, handled_days_ago=30)

    erased = erase_expired(timezone.now())

    assert erased["グループへの問い合わせ"] == 2
    left = set(GroupMessage.objects.values_list("pk", flat=True))
    assert left == {unhandled_recent, handled_lately}
    assert unhandled_old not in left and handled_long_ago not in left
