"""Forged or malformed ids in the admin are a 404 or select nothing: never a 500, never a
change (access issue, the red team's retest)."""

import pytest
from django.urls import reverse

from areas.models import AreaGroup
from events.models import Event

pytestmark = pytest.mark.django_db

BAD_IDS = ["abc", "1\x00", "99999999999999999999", "-99999999999999999999"]


@pytest.fixture(params=["coordinator_a", "secretariat"])
def staff_client(request, client, area_rows):
    client.force_login(request.getfixturevalue(request.param))
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("bad", BAD_IDS)
def test_a_bulk_delete_with_malformed_ids_deletes_nothing(staff_client, area_rows, bad):
    own = area_rows["arakawa"]["event"]
    response = staff_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "delete_selected", "_selected_action": [str(own.pk), bad], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert Event.objects.filter(pk=own.pk).exists()


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize(
    "url_name",
    [
        "admin:plans_areaplan_change",
        "admin:areas_yearlytheme_history",
        "admin:plans_areaplan_history",
        "admin:events_event_change",
    ],
)
def test_a_malformed_object_id_is_not_found(staff_client, url_name, bad):
    url = reverse(url_name, args=["0"]).replace("/0/", f"/{bad}/")
    assert staff_client.get(url).status_code in (302, 404)  # 302: Django's "does not exist"


@pytest.mark.parametrize("bad", BAD_IDS)
def test_a_malformed_history_version_is_not_found(staff_client, area_rows, bad):
    event = area_rows["arakawa"]["event"]
    url = reverse("admin:events_event_simple_history", args=[event.pk, 1]).replace(
        "/history/1/", f"/history/{bad}/"
    )
    assert staff_client.get(url).status_code == 404


def test_the_group_list_edits_nothing_so_no_change_saved_meanwhile_is_lost(
    client, secretariat, area_rows
):
    group = area_rows["arakawa"]["areagroup"]
    client.force_login(secretariat)
    changelist = client.get(reverse("admin:areas_areagroup_changelist"))
    assert 'name="form-0-position"' not in changelist.content.decode()
    AreaGroup.objects.filter(pk=group.pk).update(position=77)  # someone else's save
    client.post(
        reverse("admin:areas_areagroup_changelist"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(group.pk),
            "form-0-position": "6",
            "_save": "保存",
        },
    )
    group.refresh_from_db()
    assert group.position == 77
