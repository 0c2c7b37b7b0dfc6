"""Messages in the admin: each area's coordinators see their own area's messages only (another
area's is a 404, a forged id in the 対応済み action changes nothing), the 事務局 sees all,
nobody edits what the resident wrote."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from areas.models import AreaGroup
from inquiries.models import GroupMessage

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/inquiries/groupmessage/"


@pytest.fixture
def messages_of_both_areas(arakawa):
    kita = AreaGroup.objects.get(slug="kita")
    return {
        "arakawa": GroupMessage.objects.create(
            area_group=arakawa,
            name="荒川の人",
            email="arakawa-person@example.net",
            body="荒川の質問",
        ),
        "kita": GroupMessage.objects.create(
            area_group=kita, name="北の人", email="kita-person@example.net", body="北の質問"
        ),
    }


def test_a_coordinator_lists_only_their_own_areas_messages(
    client, coordinator_a, messages_of_both_areas
):
    client.force_login(coordinator_a)
    html = client.get(CHANGELIST).content.decode()
    assert "荒川の人" in html
    assert "北の人" not in html


def test_a_coordinator_cannot_open_another_areas_message(
    client, coordinator_a, messages_of_both_areas
):
    client.force_login(coordinator_a)
    kita = messages_of_both_areas["kita"]
    assert client.get(f"{CHANGELIST}{kita.pk}/change/").status_code == 404
    assert client.get(f"{CHANGELIST}{kita.pk}/delete/").status_code == 404
    own = client.get(f"{CHANGELIST}{messages_of_both_areas['arakawa'].pk}/change/")
    assert own.status_code == 200
    assert "arakawa-person@example.net" in own.content.decode()


def test_a_coordinator_cannot_mark_another_areas_message_handled_with_a_forged_id(
    client, coordinator_a, messages_of_both_areas
):
    client.force_login(coordinator_a)
    ids = [messages_of_both_areas["arakawa"].pk, messages_of_both_areas["kita"].pk]
    client.post(CHANGELIST, {"action": "mark_handled", ACTION_CHECKBOX_NAME: ids})
    arakawa, kita = (GroupMessage.objects.get(pk=pk) for pk in ids)
    assert arakawa.handled_at is not None and arakawa.handled_by == coordinator_a
    assert kita.handled_at is None


def test_the_secretariat_sees_every_areas_messages(client, secretariat, messages_of_both_areas):
    client.force_login(secretariat)
    html = client.get(CHANGELIST).content.decode()
    assert "荒川の人" in html and "北の人" in html


def test_nobody_adds_or_rewrites_a_residents_message(client, coordinator_a, messages_of_both_areas):
    client.force_login(coordinator_a)
    message = messages_of_both_areas["arakawa"]
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    client.post(f"{CHANGELIST}{message.pk}/change/", {"body": "書き換え", "email": "x@example.org"})
    message.refresh_from_db()
    assert (message.body, message.email) == ("荒川の質問", "arakawa-person@example.net")
