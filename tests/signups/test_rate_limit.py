"""At most five sign-ups an hour from one IP and for one contact address; when the cache is
down the form still works (the limit fails open, the honeypot still holds)."""

from unittest import mock

import pytest
from django.urls import reverse

from core import form_guards
from signups import ratelimit
from signups.models import Signup
from tests.signups.conftest import form_data

pytestmark = pytest.mark.django_db


def post(client, event, ip="192.0.2.1", **extra):
    return client.post(
        reverse("signups:register", args=[event.pk]), form_data(event, **extra), REMOTE_ADDR=ip
    )


def test_a_sixth_sign_up_within_the_hour_from_one_ip_is_refused(client, weekly):
    for n in range(ratelimit.LIMIT):
        post(client, weekly, name=f"人{n}", email=f"p{n}@example.org")
    response = post(client, weekly, name="六人目", email="six@example.org")
    assert response.status_code == 429
    assert Signup.objects.count() == ratelimit.LIMIT
    assert (
        post(client, weekly, ip="192.0.2.9", name="別の人", email="x@example.org").status_code
        == 302
    )


def test_a_sixth_sign_up_for_one_address_from_other_ips_is_refused(client, weekly):
    for n in range(ratelimit.LIMIT):
        post(client, weekly, ip=f"192.0.2.{n + 10}", name=f"人{n}")
    response = post(client, weekly, ip="192.0.2.99", name="また")
    assert response.status_code == 429 and Signup.objects.count() == ratelimit.LIMIT


def test_the_cache_being_down_lets_sign_ups_through_without_an_error(client, weekly):
    with (
        mock.patch("core.form_guards.cache.get", side_effect=ConnectionError),
        mock.patch("core.form_guards.cache.add", side_effect=ConnectionError),
    ):
        response = post(client, weekly)
    assert response.status_code == 302 and Signup.objects.count() == 1


def test_the_cache_keys_hold_no_address():
    keys = [
        form_guards._key(ratelimit.SCOPE, "ip", "192.0.2.1"),
        form_guards._key(ratelimit.SCOPE, "contact", "hanako@example.org"),
    ]
    assert not any("hanako" in key or "192.0.2.1" in key for key in keys)
