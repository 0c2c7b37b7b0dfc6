"""Followers' retention: unconfirmed follows go once their link expires; confirmed ones stay
while they follow (unsubscribing erases at once: tests/follows/test_unsubscribe.py)."""

import datetime

import pytest
from django.utils import timezone

from core.retention import erase_expired
from follows.models import Follower

pytestmark = pytest.mark.django_db


def test_unconfirmed_follows_are_erased_once_their_link_expires_and_followers_are_kept(
    make_follower,
):
    now = timezone.now()
    stale = make_follower(email="stale@example.org", confirmed=False)
    fresh = make_follower(email="fresh@example.org", confirmed=False)
    old_follower = make_follower(email="old@example.org")
    Follower.objects.filter(pk__in=[stale.pk, old_follower.pk]).update(
        created_at=now - datetime.timedelta(days=400)
    )
    Follower.objects.filter(pk=fresh.pk).update(created_at=now - datetime.timedelta(days=2))

    erased = erase_expired(now)

    assert erased["地域の新着メール（未確認の登録）"] == 1
    assert set(Follower.objects.values_list("email", flat=True)) == {
        "fresh@example.org",
        "old@example.org",
    }
