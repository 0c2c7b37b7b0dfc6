"""The contact form's guards: a honeypot, rate limits per IP and per address counted in the
cache, and no 500 when the cache is down (the limits fail open: core/form_guards.py)."""

import pytest
from django.core import mail
from django.core.cache import cache

from core import form_guards
from inquiries.models import GroupMessage

pytestmark = pytest.mark.django_db


def test_a_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_kept_or_sent(arakawa, send):
    response = send(website="http://spam.example/")
    assert response.status_code == 302
    assert GroupMessage.objects.count() == 0
    assert mail.outbox == []


def test_one_address_can_send_only_a_few_messages_an_hour(arakawa, send):
    for n in range(form_guards.PER_ADDRESS):
        assert send(body=f"質問{n}").status_code == 302
    response = send(body="もう一通")
    assert response.status_code == 429
    assert "しばらくしてから" in response.content.decode()
    assert GroupMessage.objects.count() == form_guards.PER_ADDRESS


def test_one_ip_cannot_send_many_messages_from_many_addresses(arakawa, send):
    for n in range(form_guards.PER_IP):
        assert send(email=f"person{n}@example.net").status_code == 302
    assert send(email="another@example.net").status_code == 429
    assert GroupMessage.objects.count() == form_guards.PER_IP


def test_another_ip_is_not_held_back_by_the_first_ones_limit(arakawa, send, client):
    for n in range(form_guards.PER_IP):
        send(email=f"person{n}@example.net")
    with_other_ip = client.post(
        "/areas/arakawa/contact/",
        {"name": "別の人", "email": "else@example.net", "body": "質問です", "website": ""},
        REMOTE_ADDR="203.0.113.9",
    )
    assert with_other_ip.status_code == 302


def test_an_invalid_form_does_not_use_up_the_limit(arakawa, send):
    for _ in range(form_guards.PER_IP + 2):
        send(email="")
    assert send().status_code == 302


def test_the_cache_holds_no_address_or_ip_in_clear(arakawa, send):
    send()
    keys = list(cache._cache.keys())
    assert keys and not any("hanako" in key or "127.0.0.1" in key for key in keys)


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache is down")

        return fail


def test_when_the_cache_is_down_the_message_still_goes_through_and_nothing_fails(
    arakawa, send, monkeypatch
):
    monkeypatch.setattr(form_guards, "cache", BrokenCache())
    response = send()
    assert response.status_code == 302
    assert GroupMessage.objects.count() == 1
    assert len(mail.outbox) == 2
