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
    first_new = int(data["photos-INITIAL_FORMS"])
    data["photos-TOTAL_FORMS"] = str(first_new + 2)
    for index, content in [
        (first_new, jpeg_with_gps_and_orientation()),
        (first_new + 1, image_bytes("PNG")),
    ]:
        data[f"photos-{index}-image"] = upload(content, name=f"p{index}.jpg")
        data[f"photos-{index}-alt_text"] = f"写真{index}の説明"
        data[f"photos-{index}-position"] = str(index)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
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
    index = int(data["photos-INITIAL_FORMS"])
    data[f"photos-{index}-image"] = upload(b"<html><script>alert(1)</script>", name="x.jpg")
    data[f"photos-{index}-alt_text"] = "説明"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "JPEG・PNG・WebP" in response.content.decode()
    assert report.photos.count() == 1
