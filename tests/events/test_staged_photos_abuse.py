"""Staged photos (events/photo_staging.py) against a careless user and an attacker: a preview
of a form holding staged photos stores no file and takes nothing; one token sent twice, or a
staged file gone before the save (a double submit that won), gives no second photo and no
server error."""

import os
import re

import pytest
from django.contrib.messages import get_messages
from django.core.files.storage import default_storage
from django.urls import reverse

from events import photo_staging
from events.models import Photo
from tests.adminforms import form_data
from tests.imagefiles import image_bytes, upload

pytestmark = pytest.mark.django_db


def report_url(report):
    return reverse("admin:events_activityreport_change", args=[report.pk])


def staged_tokens(response):
    return re.findall(r'name="staged_photo_token" value="([^"]+)"', response.content.decode())


def stored_files(root):
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _dirs, names in os.walk(root)
        for name in names
    )


@pytest.fixture
def staged(client, coordinator_a, area_rows):
    """荒川区's report with one photo staged by a save that failed: (report, form data)."""
    client.force_login(coordinator_a)
    report = area_rows["arakawa"]["activityreport"]
    data = form_data(client.get(report_url(report)), "activityreport_form", participants="")
    data["new_photos"] = [upload(image_bytes(), name="walk.jpg")]
    data["new_photo_alt"] = ["公園を歩く参加者"]
    response = client.post(report_url(report), data)
    assert len(staged_tokens(response)) == 1
    return report, form_data(response, "activityreport_form", participants="12")


def test_previewing_a_form_with_staged_photos_writes_no_file_and_keeps_them_staged(
    client, staged, media_root, django_capture_on_commit_callbacks
):
    report, data = staged
    files_before, photos_before = stored_files(media_root), Photo.objects.count()
    preview = reverse("admin:events_activityreport_preview", args=[report.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(preview, data)
    assert response.status_code == 200
    assert stored_files(media_root) == files_before  # no photo file, the staged one kept
    assert Photo.objects.count() == photos_before
    assert not [m.message for m in get_messages(response.wsgi_request)]
    # The form in the other tab still saves them.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(report_url(report), data).status_code == 302
    assert report.photos.filter(alt_text="公園を歩く参加者").count() == 1


def test_a_staged_token_sent_twice_adds_one_photo(
    client, staged, django_capture_on_commit_callbacks
):
    report, data = staged
    data["staged_photo_token"] = [data["staged_photo_token"]] * 2
    data["staged_photo_alt"] = [data["staged_photo_alt"]] * 2
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(report_url(report), data).status_code == 302
    assert report.photos.filter(alt_text="公園を歩く参加者").count() == 1


def test_a_staged_file_gone_before_the_save_is_no_server_error(client, staged, monkeypatch):
    """Two tabs (or a double click) saving the same staged photo: the first save took the
    file between the second's check and its read."""
    report, data = staged
    real_exists = default_storage.exists

    def gone_after_the_check(path):
        found = real_exists(path)
        if path.startswith(photo_staging.PENDING_DIR):
            default_storage.delete(path)
        return found

    monkeypatch.setattr(default_storage, "exists", gone_after_the_check)
    response = client.post(report_url(report), data)
    assert response.status_code in (200, 302)
    assert not report.photos.filter(alt_text="公園を歩く参加者").exists()
