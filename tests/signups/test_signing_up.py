"""A resident signs up for a date of an event without an account, gets a mail with a private
link, sees and cancels the sign-up there; a full date takes 補欠."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from signups.models import Signup, SignupSource, SignupStatus, hash_token
from tests.signups.conftest import day_of, form_data

pytestmark = pytest.mark.django_db


def register_url(event, day=None):
    url = reverse("signups:register", args=[event.pk])
    return f"{url}?date={day.isoformat()}" if day else url


def sign_up(client, event, capture, **extra):
    with capture(execute=True):
        return client.post(register_url(event), form_data(event, **extra))


def manage_link(message) -> str:
    return re.search(r"https?://\S+/signups/[^/\s]+/", message.body).group(0)


def test_a_resident_signs_up_and_gets_a_mail_with_the_private_link(
    client, cafe, django_capture_on_commit_callbacks
):
    response = sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="2")
    signup = Signup.objects.get()
    assert (signup.status, signup.party_size, signup.source) == (
        SignupStatus.CONFIRMED,
        2,
        SignupSource.WEB,
    )
    assert len(mail.outbox) == 1
    link = manage_link(mail.outbox[0])
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert response.status_code == 302 and response["Location"].endswith(f"/signups/{token}/")
    assert signup.token_hash == hash_token(token) and token not in signup.token_hash
    assert "みんなの食堂" in mail.outbox[0].subject
    # When, where and how many, as the resident will need them on the day.
    body = mail.outbox[0].body
    starts, ends = (timezone.localtime(t) for t in (cafe.starts_at, cafe.ends_at))
    assert f"{starts:%H:%M}〜{ends:%H:%M}" in body
    assert f"{starts.year}年{starts.month}月{starts.day}日" in body
    assert f"会場: {cafe.venue.name}" in body and "人数: 2人" in body
    page = client.get(response["Location"])
    assert "山田花子" in page.content.decode() and "申し込み済み" in page.content.decode()


def test_the_form_and_the_private_page_are_never_cached(client, cafe, page_cache):
    form = client.get(register_url(cafe))
    assert form.status_code == 200
    assert "no-store" in form["Cache-Control"] and "X-Page-Cache" not in form
    signup = Signup(event=cafe, occurrence_date=day_of(cafe), name="山田", phone="0312345678")
    token = signup.set_token()
    signup.save()
    page = client.get(reverse("signups:manage", args=[token]))
    assert "no-store" in page["Cache-Control"] and "X-Page-Cache" not in page


def test_a_resident_cancels_from_the_private_link_after_confirming(
    client, cafe, django_capture_on_commit_callbacks
):
    response = sign_up(client, cafe, django_capture_on_commit_callbacks)
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    confirm = client.get(reverse("signups:cancel", args=[token]))
    assert "取り消しますか" in confirm.content.decode()
    assert Signup.objects.get().status == SignupStatus.CONFIRMED  # a GET cancels nothing
    client.post(reverse("signups:cancel", args=[token]))
    signup = Signup.objects.get()
    assert signup.status == SignupStatus.CANCELLED and signup.cancelled_at is not None


def test_a_wrong_token_finds_no_sign_up(client, cafe):
    assert client.get(reverse("signups:manage", args=["not-a-token"])).status_code == 404


def test_sign_ups_beyond_the_capacity_become_waitlisted(
    client, cafe, django_capture_on_commit_callbacks
):
    sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="4", name="A")
    sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="1", name="B")
    sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="1", name="C")
    statuses = dict(Signup.objects.values_list("name", "status"))
    assert statuses == {
        "A": SignupStatus.CONFIRMED,
        "B": SignupStatus.CONFIRMED,
        "C": SignupStatus.WAITLISTED,
    }
    assert "補欠" in mail.outbox[-1].subject


def test_a_party_larger_than_the_places_left_goes_to_the_waitlist_whole(
    client, cafe, django_capture_on_commit_callbacks
):
    sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="3", name="A")
    sign_up(client, cafe, django_capture_on_commit_callbacks, party_size="3", name="B")
    assert Signup.objects.get(name="B").status == SignupStatus.WAITLISTED


def test_a_cancellation_moves_up_the_first_waiting_ones_that_fit_in_order_and_mails_them(
    client, cafe, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    sign_up(client, cafe, capture, party_size="3", name="A", email="a@example.org")
    sign_up(client, cafe, capture, party_size="2", name="B", email="b@example.org")
    sign_up(client, cafe, capture, party_size="3", name="C", email="c@example.org")
    sign_up(client, cafe, capture, party_size="1", name="D", email="d@example.org")
    sign_up(client, cafe, capture, party_size="2", name="E", email="e@example.org")
    mail.outbox.clear()
    token_of_b = Signup.objects.get(name="B")
    from signups.services import cancel_signup

    with capture(execute=True):
        promoted = cancel_signup(token_of_b)
    # 2 places free: C (3) does not fit, D (1) does, then E (2) no longer fits.
    assert [s.name for s in promoted] == ["D"]
    assert dict(Signup.objects.values_list("name", "status"))["C"] == SignupStatus.WAITLISTED
    assert [m.to for m in mail.outbox] == [["d@example.org"]]
    assert "参加できます" in mail.outbox[0].subject


def test_signing_up_twice_for_the_same_date_keeps_one_sign_up(
    client, cafe, django_capture_on_commit_callbacks
):
    sign_up(client, cafe, django_capture_on_commit_callbacks)
    again = sign_up(client, cafe, django_capture_on_commit_callbacks, email="HANAKO@example.org")
    assert Signup.objects.count() == 1 and len(mail.outbox) == 1
    assert again.status_code == 200
    assert "すでに受け付けています" in again.content.decode()


def test_a_filled_honeypot_stores_and_sends_nothing(
    client, cafe, django_capture_on_commit_callbacks
):
    response = sign_up(client, cafe, django_capture_on_commit_callbacks, website="http://spam")
    assert response.status_code == 200
    assert Signup.objects.count() == 0 and mail.outbox == []


def test_a_sign_up_needs_an_email_or_a_phone_number(client, cafe):
    response = client.post(register_url(cafe), form_data(cafe, email=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "どちらか" in html and 'aria-describedby="id_email-error' in html
    assert Signup.objects.count() == 0


def test_a_phone_number_alone_is_enough_and_sends_no_mail(
    client, cafe, django_capture_on_commit_callbacks
):
    sign_up(
        client, cafe, django_capture_on_commit_callbacks, email="", phone="０３-１２３４-５６７８"
    )
    assert Signup.objects.get().phone == "0312345678"
    assert mail.outbox == []


def test_more_than_ten_people_in_one_sign_up_is_refused(client, cafe):
    response = client.post(register_url(cafe), form_data(cafe, party_size="11"))
    assert response.status_code == 400 and Signup.objects.count() == 0
