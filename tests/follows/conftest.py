"""Fixtures of the follow tests: followers made directly, mail sent at once."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from areas.models import AreaGroup
from core.link_tokens import new_link_token as new_token
from follows.models import Follower


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counts start at zero in every test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_follower(tokyo_areas):
    def make(email="hanako@example.org", areas=("arakawa",), kinds=(), confirmed=True, **extra):
        _token, stored_hash = new_token()
        follower = Follower.objects.create(
            email=email,
            kinds=list(kinds),
            token_hash=stored_hash,
            confirmed_at=timezone.now() - datetime.timedelta(days=1) if confirmed else None,
            **extra,
        )
        follower.areas.set(AreaGroup.objects.filter(slug__in=areas))
        return follower

    return make


@pytest.fixture
def post_now(client, django_capture_on_commit_callbacks):
    """POST with the mails queued on commit sent at once."""

    def post(url, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {}, **extra)

    return post


def link_in(body: str, route: str) -> str:
    """The path of the first link to `route` (e.g. "/follow/confirm/") in a mail body."""
    match = re.search(rf"https?://[^/\s]+(\S*{re.escape(route)}\S+)", body)
    assert match, body
    return match.group(1)
