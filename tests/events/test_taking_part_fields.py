"""An event's sign-up fields agree: an external sign-up names its page, a URL only goes with
one, and an event that needs no sign-up has no deadline."""

import pytest
from django.core.exceptions import ValidationError

from events.factories import EventFactory
from events.models import SignupMethod

pytestmark = pytest.mark.django_db


def errors_of(event) -> dict:
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    return error.value.message_dict


def test_an_external_sign_up_needs_its_page():
    event = EventFactory(signup_method=SignupMethod.EXTERNAL)
    assert "URL" in errors_of(event)["signup_url"][0]


def test_a_sign_up_url_goes_only_with_an_external_sign_up():
    event = EventFactory(signup_method=SignupMethod.SITE, signup_url="https://example.org/")
    assert "外部のページ" in errors_of(event)["signup_url"][0]


def test_an_event_without_sign_up_has_no_deadline():
    event = EventFactory()
    event.signup_deadline = event.starts_at
    assert "締切" in errors_of(event)["signup_deadline"][0]


def test_places_fee_audience_and_belongings_are_kept():
    event = EventFactory(
        capacity=20, fee="100円（お茶代）", audience="どなたでも", belongings="飲み物"
    )
    event.full_clean()
    assert (event.capacity, event.takes_signups_here) == (20, False)
