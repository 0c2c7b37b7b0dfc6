"""Ask a group (/areas/<slug>/contact/): the message is kept, mailed to that group's
coordinators only with Reply-To the resident, and acknowledged to the resident."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail

from inquiries.models import GroupMessage
from inquiries.recipients import message_recipients
from tests.inquiries.conftest import ADDRESS

pytestmark = pytest.mark.django_db


def _to_group(outbox):
    return [m for m in outbox if ADDRESS not in m.to]


def test_a_message_is_kept_for_its_group_and_the_resident_is_sent_to_the_thanks_page(arakawa, send):
    response = send()
    assert response.status_code == 302
    assert response.url == "/areas/arakawa/contact/sent/"
    message = GroupMessage.objects.get()
    assert message.area_group == arakawa
    assert (message.name, message.email, message.phone) == ("山田花子", ADDRESS, "090-1234-5678")
    assert message.handled_at is None


def test_the_message_reaches_only_the_coordinators_of_its_own_area(arakawa, send):
    send()
    to_group = _to_group(mail.outbox)
    assert len(to_group) == 1
    assert to_group[0].to == ["coordinator_a@example.org"]
    assert all("coordinator_b@example.org" not in m.to + m.cc + m.bcc for m in mail.outbox)


def test_the_coordinator_can_answer_directly_because_reply_to_is_the_resident(arakawa, send):
    send()
    (to_group,) = _to_group(mail.outbox)
    assert to_group.extra_headers["Reply-To"] == ADDRESS
    assert "Reply-To: " + ADDRESS in to_group.message().as_string()
    assert "子ども食堂の手伝い" in to_group.body
    assert "/admin/inquiries/groupmessage/" in to_group.body


def test_the_resident_gets_a_short_acknowledgement_that_repeats_nothing_they_typed(arakawa, send):
    send(name="http://spam.example/ 格安", body="http://spam.example/ を見てください")
    (ack,) = [m for m in mail.outbox if m.to == [ADDRESS]]
    assert "荒川区まちづくり" in ack.subject
    assert "spam.example" not in ack.body + ack.subject
    assert "03-1234-5678" in ack.body  # the group's public phone, for who cannot wait


def test_a_group_without_coordinators_has_its_message_sent_to_the_secretariat(
    arakawa, send, secretariat, coordinator_a
):
    arakawa.coordinators.clear()
    send()
    (to_group,) = _to_group(mail.outbox)
    assert to_group.to == [secretariat.email]
    assert message_recipients(arakawa) == [secretariat.email]


def test_coordinators_without_an_address_or_inactive_are_not_recipients(
    arakawa, coordinator_a, django_user_model
):
    nobody = django_user_model.objects.create_user("no-mail", email="", is_staff=True)
    gone = django_user_model.objects.create_user(
        "gone", email="gone@example.org", is_staff=True, is_active=False
    )
    arakawa.coordinators.add(nobody, gone)
    assert message_recipients(arakawa) == ["coordinator_a@example.org"]


def test_with_no_coordinator_and_no_secretariat_member_the_message_is_kept_and_mailed_to_no_one(
    arakawa, send
):
    arakawa.coordinators.clear()
    assert Group.objects.filter(name=settings.SECRETARIAT_GROUP).exists()
    assert message_recipients(arakawa) == []
    assert send().status_code == 302
    assert GroupMessage.objects.count() == 1
    assert [m.to for m in mail.outbox] == [[ADDRESS]]  # the acknowledgement only


def test_the_form_asks_again_for_a_missing_email_and_ties_the_error_to_the_field(arakawa, send):
    response = send(email="")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'id="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert GroupMessage.objects.count() == 0
    assert mail.outbox == []


def test_the_form_is_accessible_and_phone_friendly(client, arakawa):
    html = client.get("/areas/arakawa/contact/").content.decode()
    assert 'for="id_email"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="name"' in html
    assert 'inputmode="tel"' in html and 'type="tel"' in html
    assert "03-1234-5678" in html  # the group's public phone, for residents who phone


def test_an_unknown_area_has_no_contact_form(client, arakawa):
    assert client.get("/areas/no-such-area/contact/").status_code == 404


def test_the_contact_form_works_in_english_under_en(arakawa, send, client):
    page = client.get("/en/areas/arakawa/contact/")
    assert page.status_code == 200
    assert page.content.decode().count('lang="en"') >= 1
    response = send(prefix="/en")
    assert response.status_code == 302
    assert response.url == "/en/areas/arakawa/contact/sent/"
    assert GroupMessage.objects.count() == 1
    assert client.get(response.url).status_code == 200


def test_the_area_page_links_to_the_contact_form_next_to_the_public_contact(client, arakawa):
    html = client.get("/areas/arakawa/").content.decode()
    assert "/areas/arakawa/contact/" in html
    assert "このグループに問い合わせる" in html
    assert "コープみらい 荒川センター" in html
    assert "03-1234-5678" in html and "平日 9時〜17時" in html
