"""Uploaded files on the filesystem: a draft event's photos only for the staff who may see it.

Logos are public; a file no row names (an orphan) is served to no one.
"""

import pytest

from tests.imagefiles import image_bytes
from tests.storedfiles import FILE_FIELDS, add_logo, media_url, names, publish, stored

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", FILE_FIELDS)
def test_a_draft_events_photo_is_not_served_to_visitors(client, area_rows, field):
    photo = area_rows["arakawa"]["photo"]  # its event is a draft
    assert client.get(media_url(getattr(photo, field).name)).status_code == 404


@pytest.mark.parametrize("field", FILE_FIELDS)
def test_a_published_events_photo_is_served_to_everyone(client, area_rows, field):
    photo = area_rows["arakawa"]["photo"]
    publish(photo.event)
    response = client.get(media_url(getattr(photo, field).name))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"


def test_a_draft_events_photo_is_not_served_to_another_areas_coordinator(
    client, coordinator_b, area_rows
):
    client.force_login(coordinator_b)
    photo = area_rows["arakawa"]["photo"]
    for name in names(photo):
        assert client.get(media_url(name)).status_code == 404


@pytest.mark.parametrize("persona", ["coordinator_a", "secretariat"])
def test_a_draft_events_photo_is_served_privately_to_staff_who_may_see_it(
    client, area_rows, persona, request
):
    client.force_login(request.getfixturevalue(persona))
    photo = area_rows["arakawa"]["photo"]
    for name in names(photo):
        response = client.get(media_url(name))
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]


def test_a_signed_in_resident_does_not_get_a_draft_events_photo(client, resident, area_rows):
    client.force_login(resident)
    assert client.get(media_url(area_rows["arakawa"]["photo"].image.name)).status_code == 404


def test_a_file_no_row_names_is_not_served(client, secretariat, media_root):
    orphan = stored("photos/full/IMG_0001.jpg")
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(image_bytes("JPEG"))
    client.force_login(secretariat)
    assert client.get(media_url("photos/full/IMG_0001.jpg")).status_code == 404


def test_a_logo_is_served_to_everyone(client, admin_client):
    name = add_logo(admin_client, "coop-a")
    client.logout()
    assert client.get(media_url(name)).status_code == 200
