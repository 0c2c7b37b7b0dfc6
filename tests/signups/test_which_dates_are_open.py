"""Sign-ups are taken only for a published event that takes them here, on a date it is held
(not cancelled), before the deadline."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from areas.models import PublicationStatus
from events.models import EventStatus, OccurrenceAction, OccurrenceChange, SignupMethod
from signups.models import Signup
from tests.signups.conftest import day_of, form_data

pytestmark = pytest.mark.django_db


def post(client, event, day=None, **extra):
    day = day or day_of(event)
    url = reverse("signups:register", args=[event.pk]) + f"?date={day.isoformat()}"
    return client.post(url, form_data(event, date=day.isoformat(), **extra))


def test_no_sign_up_after_the_deadline(client, cafe):
    cafe.signup_deadline = timezone.now() - datetime.timedelta(hours=1)
    cafe.save()
    response = post(client, cafe)
    assert "受け付けていません" in response.content.decode()
    assert Signup.objects.count() == 0


def test_no_sign_up_once_the_date_has_started(client, cafe):
    cafe.starts_at = timezone.now() - datetime.timedelta(minutes=5)
    cafe.ends_at = timezone.now() + datetime.timedelta(hours=1)
    cafe.save()
    post(client, cafe)
    assert Signup.objects.count() == 0


def test_no_sign_up_for_a_cancelled_date_of_a_series(client, weekly):
    second = day_of(weekly) + datetime.timedelta(weeks=1)
    OccurrenceChange.objects.create(
        event=weekly, original_date=second, action=OccurrenceAction.CANCELLED
    )
    post(client, weekly, second)
    assert Signup.objects.count() == 0
    post(client, weekly, second + datetime.timedelta(weeks=1))
    assert Signup.objects.get().occurrence_date == second + datetime.timedelta(weeks=1)


def test_no_sign_up_for_a_day_the_series_is_not_held(client, weekly):
    post(client, weekly, day_of(weekly) + datetime.timedelta(days=2))
    assert Signup.objects.count() == 0


def test_the_form_of_a_series_offers_its_next_open_dates(client, weekly):
    html = client.get(reverse("signups:register", args=[weekly.pk])).content.decode()
    first = day_of(weekly)
    for week in range(3):
        assert (first + datetime.timedelta(weeks=week)).isoformat() in html
    assert "残り10人" in html


@pytest.mark.parametrize(
    "change",
    [
        {"publication": PublicationStatus.DRAFT},
        {"status": EventStatus.CANCELLED},
        {"signup_method": SignupMethod.PHONE},
    ],
    ids=["draft", "cancelled event", "phone sign-up"],
)
def test_no_sign_up_for_an_event_that_does_not_take_them_here(client, cafe, change):
    for field, value in change.items():
        setattr(cafe, field, value)
    cafe.save()
    response = post(client, cafe)
    assert response.status_code in (200, 404)
    assert Signup.objects.count() == 0
