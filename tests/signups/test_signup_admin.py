"""Coordinators see their own area's sign-ups in the admin, export a date's list as CSV (with
a BOM, only their area's rows), and add a person who phoned (no mail without an address)."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.urls import reverse

from areas.models import AreaGroup
from events.factories import EventFactory
from events.models import SignupMethod
from signups.models import Signup, SignupSource, SignupStatus
from tests.signups.conftest import day_of, days_ahead

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:signups_signup_changelist")


def event_of(slug, title):
    starts = days_ahead(7)
    return EventFactory(
        title=title,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        capacity=2,
        signup_method=SignupMethod.SITE,
        area_groups=[AreaGroup.objects.get(slug=slug)],
    )


def signup(event, name, **fields):
    row = Signup(event=event, occurrence_date=day_of(event), name=name, phone="0312345678")
    for key, value in fields.items():
        setattr(row, key, value)
    row.set_token()
    row.save()
    return row


@pytest.fixture
def two_areas(tokyo_areas):
    arakawa, kita = event_of("arakawa", "荒川の食堂"), event_of("kita", "北区の食堂")
    return {
        "arakawa": signup(arakawa, "荒川の参加者"),
        "arakawa_other": signup(arakawa, "=HYPERLINK(1)"),
        "kita": signup(kita, "北区の参加者"),
    }


def test_a_coordinator_sees_only_their_own_areas_sign_ups(client, coordinator_a, two_areas):
    client.force_login(coordinator_a)
    html = client.get(CHANGELIST).content.decode()
    assert "荒川の参加者" in html and "北区の参加者" not in html
    other = reverse("admin:signups_signup_change", args=[two_areas["kita"].pk])
    assert client.get(other).status_code == 404


def test_the_csv_of_a_date_has_a_bom_and_only_the_coordinators_area(
    client, coordinator_a, two_areas
):
    client.force_login(coordinator_a)
    response = client.post(
        CHANGELIST,
        {
            "action": "export_csv",
            ACTION_CHECKBOX_NAME: [two_areas["arakawa"].pk, two_areas["kita"].pk],
        },
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    assert "荒川の参加者" in text and "北区の参加者" not in text
    # The whole date's list, and no cell that a spreadsheet would run.
    assert "'=HYPERLINK(1)" in text


def test_a_coordinator_adds_a_person_who_phoned_without_a_mail(
    client, coordinator_a, tokyo_areas, django_capture_on_commit_callbacks
):
    event = event_of("arakawa", "荒川の食堂")
    client.force_login(coordinator_a)
    data = {
        "event": event.pk,
        "occurrence_date": day_of(event).isoformat(),
        "name": "電話の方",
        "phone": "03-1111-2222",
        "email": "",
        "party_size": "2",
        "note": "車いす",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:signups_signup_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    row = Signup.objects.get()
    assert (row.source, row.status, row.phone) == (
        SignupSource.PHONE,
        SignupStatus.CONFIRMED,
        "0311112222",
    )
    assert mail.outbox == []
    data |= {"name": "メールのある方", "email": "m@example.org", "party_size": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:signups_signup_add"), data)
    assert Signup.objects.get(name="メールのある方").status == SignupStatus.WAITLISTED
    assert [m.to for m in mail.outbox] == [["m@example.org"]]


def test_a_coordinator_cannot_add_a_sign_up_to_another_areas_event(
    client, coordinator_a, tokyo_areas
):
    event = event_of("kita", "北区の食堂")
    client.force_login(coordinator_a)
    data = {
        "event": event.pk,
        "occurrence_date": day_of(event).isoformat(),
        "name": "電話の方",
        "phone": "0311112222",
        "party_size": "1",
    }
    response = client.post(reverse("admin:signups_signup_add"), data)
    assert response.status_code == 200 and Signup.objects.count() == 0


def test_cancelling_in_the_admin_moves_the_waitlist_up(client, coordinator_a, two_areas):
    event = two_areas["arakawa"].event
    waiting = signup(event, "補欠の方", status=SignupStatus.WAITLISTED)
    client.force_login(coordinator_a)
    client.post(
        CHANGELIST,
        {"action": "cancel_selected", ACTION_CHECKBOX_NAME: [two_areas["arakawa"].pk]},
    )
    two_areas["arakawa"].refresh_from_db()
    waiting.refresh_from_db()
    assert two_areas["arakawa"].status == SignupStatus.CANCELLED
    assert waiting.status == SignupStatus.CONFIRMED
