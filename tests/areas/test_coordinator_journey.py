"""A coordinator signs in, edits their theme, adds photos to a report and publishes."""

import pytest
from django.urls import reverse

from areas.models import PublicationStatus
from tests.adminforms import form_data
from tests.imagefiles import image_bytes, jpeg_with_gps_and_orientation, upload

pytestmark = pytest.mark.django_db


def test_coordinator_signs_in_edits_uploads_photos_and_publishes(client, coordinator_a, area_rows):
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": coordinator_a.email, "password": "pass-for-tests-only"},
    )
    assert response.status_code == 302

    theme = area_rows["arakawa"]["yearlytheme"]
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    edited = client.post(url, form_data(client.get(url), "yearlytheme_form", text="今年は防災。"))
    assert edited.status_code == 302

    report = area_rows["arakawa"]["activityreport"]
    url = reverse("admin:events_activityreport_change", args=[report.pk])
    data = form_data(client.get(url), "activityreport_form")
    # Two photos in one choice of files, each with its description.
    data["new_photos"] = [
        upload(jpeg_with_gps_and_orientation(), name="p1.jpg"),
        upload(image_bytes("PNG"), name="p2.png"),
    ]
    data["new_photo_alt"] = ["写真1の説明", "写真2の説明"]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert report.photos.count() == 3

    client.post(
        reverse("admin:areas_yearlytheme_changelist"),
        {"action": "publish", "_selected_action": [theme.pk]},
    )
    theme.refresh_from_db()
    assert theme.publication == PublicationStatus.PUBLISHED
    assert theme.text == "今年は防災。"
    assert theme.history.first().history_user == coordinator_a


def test_an_uploaded_html_file_disguised_as_a_photo_is_refused_in_the_report_form(
    client, coordinator_a, area_rows
):
    client.force_login(coordinator_a)
    report = area_rows["arakawa"]["activityreport"]
    url = reverse("admin:events_activityreport_change", args=[report.pk])
    data = form_data(client.get(url), "activityreport_form")
    data["new_photos"] = upload(b"<html><script>alert(1)</script>", name="x.jpg")
    data["new_photo_alt"] = "説明"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "JPEG・PNG・WebP" in response.content.decode()
    assert report.photos.count() == 1
