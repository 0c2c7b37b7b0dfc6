"""Uploaded files: unguessable names, and no file outliving its row.

History keeps a photo's file names but not its files: restoring a version never gives a 500.
"""

from pathlib import Path

import pytest
from django.db import transaction
from django.urls import reverse

from coops.models import Organization
from events.models import Photo
from tests.adminforms import form_data
from tests.imagefiles import image_bytes, upload
from tests.storedfiles import add_logo, media_url, names, publish, stored

pytestmark = pytest.mark.django_db

# --- Unguessable names ---------------------------------------------------------------


def add_photo(client, event, alt_text, filename="kodomo-shokudo-2024.jpg") -> Photo:
    data = {
        "event": event.pk,
        "image": upload(image_bytes("JPEG", size=(900, 600)), name=filename),
        "alt_text": alt_text,
        "position": 0,
    }
    assert client.post(reverse("admin:events_photo_add"), data).status_code == 302
    return Photo.objects.get(alt_text=data["alt_text"])


def test_a_photos_stored_names_are_random_not_the_uploaded_file_name(
    client, coordinator_a, area_rows
):
    client.force_login(coordinator_a)
    event = area_rows["arakawa"]["event"]
    first = names(add_photo(client, event, "一度目の写真"))
    second = names(add_photo(client, event, "同じファイルの二度目"))
    for name in first + second:
        assert "kodomo" not in name and "card" not in Path(name).name
        assert len(Path(name).stem) == 32  # 128 random bits
    assert set(first).isdisjoint(second)


def test_the_fixtures_raw_upload_is_stored_under_a_random_name_too(area_rows):
    photo = area_rows["arakawa"]["photo"]  # made from upload(..., name="photo.jpg")
    assert all("photo" not in Path(name).name for name in names(photo))


def test_a_logos_stored_name_is_random_not_the_uploaded_file_name(admin_client):
    first, second = add_logo(admin_client, "coop-a"), add_logo(admin_client, "coop-b")
    assert "our-coop-logo" not in first and "our-coop-logo" not in second
    assert first != second
    assert first.startswith("logos/")


# --- Deleted and replaced files are removed after commit -----------------------------


def test_deleting_a_photo_removes_its_three_files_after_commit(
    area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["arakawa"]["photo"]
    files = [stored(name) for name in names(photo)]
    with django_capture_on_commit_callbacks() as callbacks:
        photo.delete()
    assert all(file.exists() for file in files)  # not before the commit
    for callback in callbacks:
        callback()
    assert not any(file.exists() for file in files)


def test_a_rolled_back_delete_keeps_the_files(area_rows, django_capture_on_commit_callbacks):
    photo = area_rows["arakawa"]["photo"]
    pk = photo.pk
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        photo.delete()
        raise RuntimeError("the delete fails")
    assert all(stored(name).exists() for name in names(photo))
    assert Photo.objects.filter(pk=pk).exists()


def test_bulk_and_cascading_deletes_remove_the_files(area_rows, django_capture_on_commit_callbacks):
    arakawa, kita = area_rows["arakawa"]["photo"], area_rows["kita"]["photo"]
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.filter(pk=arakawa.pk).delete()
        kita.event.delete()
    assert not any(stored(name).exists() for name in names(arakawa) + names(kita))


def test_the_secretariats_bulk_delete_in_the_admin_removes_the_files(
    client, secretariat, area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["kita"]["photo"]
    client.force_login(secretariat)
    data = {"action": "delete_selected", "_selected_action": [photo.pk], "post": "yes"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:events_photo_changelist"), data)
    assert not Photo.objects.filter(pk=photo.pk).exists()
    assert not any(stored(name).exists() for name in names(photo))


def replace_image(client, photo, **changes):
    url = reverse("admin:events_photo_change", args=[photo.pk])
    data = form_data(client.get(url), "photo_form", **changes)
    return client.post(url, data)


def test_replacing_a_photos_image_removes_the_old_files_after_commit(
    client, coordinator_a, area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["arakawa"]["photo"]
    old = names(photo)
    client.force_login(coordinator_a)
    new_image = upload(image_bytes("JPEG", size=(300, 200)), name="new.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        assert replace_image(client, photo, image=new_image).status_code == 302
    photo.refresh_from_db()
    assert set(names(photo)).isdisjoint(old)
    assert all(stored(name).exists() for name in names(photo))
    assert not any(stored(name).exists() for name in old)


def test_editing_only_a_photos_caption_keeps_its_files(
    client, coordinator_a, area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["arakawa"]["photo"]
    client.force_login(coordinator_a)
    with django_capture_on_commit_callbacks(execute=True):
        assert replace_image(client, photo, caption="新しいキャプション").status_code == 302
    photo.refresh_from_db()
    assert photo.caption == "新しいキャプション"
    assert all(stored(name).exists() for name in names(photo))


def test_a_replaced_cleared_or_deleted_logo_file_is_removed(
    admin_client, django_capture_on_commit_callbacks
):
    first = add_logo(admin_client, "coop-a")
    org = Organization.objects.get(slug="coop-a")
    org.logo = upload(image_bytes("PNG"), name="second.png")
    with django_capture_on_commit_callbacks(execute=True):
        org.save()
    second = org.logo.name
    assert not stored(first).exists() and stored(second).exists()

    org.logo = ""
    with django_capture_on_commit_callbacks(execute=True):
        org.save()
    assert not stored(second).exists()

    third = add_logo(admin_client, "coop-b")
    with django_capture_on_commit_callbacks(execute=True):
        Organization.objects.get(slug="coop-b").delete()
    assert not stored(third).exists()


# --- History: a restored row whose files were deleted ---------------------------------


def restore(client, photo_pk, version):
    url = reverse("admin:events_photo_simple_history", args=[photo_pk, version.history_id])
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, form_data(page, "historicalphoto_form"))


def test_restoring_a_deleted_photo_does_not_break_the_event_page(
    client, secretariat, area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["arakawa"]["photo"]
    pk, event, report, old = photo.pk, photo.event, photo.report, names(photo)
    publish(event)
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    before_delete = Photo.history.get(id=pk, history_type="+")

    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        assert restore(client, pk, before_delete).status_code == 302
    restored = Photo.objects.get(pk=pk)
    assert restored.alt_text == photo.alt_text  # the row is back…
    assert not restored.image and not restored.card and not restored.thumbnail  # …its files not

    page = client.get(event.get_absolute_url())
    assert page.status_code == 200
    assert f'alt="{photo.alt_text}"' not in page.content.decode()  # no broken image shown
    for name in old:
        assert client.get(media_url(name)).status_code == 404
    admin_pages = [
        reverse("admin:events_photo_change", args=[pk]),
        reverse("admin:events_activityreport_change", args=[report.pk]),
        reverse("admin:events_event_change", args=[event.pk]),
    ]
    for url in admin_pages:
        assert client.get(url).status_code == 200


def test_restoring_an_older_version_keeps_the_current_image_when_the_old_one_is_gone(
    client, secretariat, area_rows, django_capture_on_commit_callbacks
):
    photo = area_rows["arakawa"]["photo"]
    first_version = photo.history.get(history_type="+")
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        new_image = upload(image_bytes("JPEG", size=(300, 200)), name="new.jpg")
        replace_image(client, photo, image=new_image, caption="差し替え後")
    photo.refresh_from_db()
    current = names(photo)

    with django_capture_on_commit_callbacks(execute=True):
        assert restore(client, photo.pk, first_version).status_code == 302
    photo.refresh_from_db()
    assert photo.caption == ""  # the old version's text is back
    assert names(photo) == current and (photo.width, photo.height) == (300, 200)
    assert all(stored(name).exists() for name in current)
    publish(photo.event)
    assert f'src="{photo.card.url}"' in client.get(photo.event.get_absolute_url()).content.decode()


def test_a_photo_whose_files_went_missing_can_still_be_edited(client, coordinator_a, area_rows):
    photo = area_rows["arakawa"]["photo"]
    for name in names(photo):
        stored(name).unlink()
    client.force_login(coordinator_a)
    assert replace_image(client, photo, caption="ファイルがなくても").status_code == 302
    report_url = reverse("admin:events_activityreport_change", args=[photo.report_id])
    assert client.get(report_url).status_code == 200
    publish(photo.event)
    assert client.get(photo.event.get_absolute_url()).status_code == 200
