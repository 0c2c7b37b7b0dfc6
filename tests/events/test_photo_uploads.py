"""Photos added on a report's or an event's admin form: several at once, each described,
kept across a validation error, refused when fake, forged or another area's."""

import re
import time
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse

from events import photo_staging
from events.models import Photo
from tests.adminforms import form_data
from tests.imagefiles import image_bytes, jpeg_with_gps_and_orientation, upload

pytestmark = pytest.mark.django_db

FAKE = b"<html><script>alert(1)</script></html>"


def report_url(report):
    return reverse("admin:events_activityreport_change", args=[report.pk])


def report_form(client, report, **changes):
    return form_data(client.get(report_url(report)), "activityreport_form", **changes)


def two_photos():
    return [
        upload(jpeg_with_gps_and_orientation(), name="walk.jpg"),
        upload(image_bytes("PNG"), name="group.png", content_type="image/png"),
    ]


def staged_tokens(response):
    return re.findall(r'name="staged_photo_token" value="([^"]+)"', response.content.decode())


def pending_files():
    try:
        return default_storage.listdir(photo_staging.PENDING_DIR)[1]
    except FileNotFoundError:
        return []


@pytest.fixture
def arakawa(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    return area_rows["arakawa"]


def test_two_photos_chosen_at_once_become_two_photos_with_their_descriptions(
    client, arakawa, django_capture_on_commit_callbacks
):
    report = arakawa["activityreport"]
    data = report_form(client, report)
    data["new_photos"] = two_photos()
    data["new_photo_alt"] = ["公園を歩く参加者", "集合写真"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(report), data)
    assert response.status_code == 302
    added = report.photos.exclude(pk=arakawa["photo"].pk).order_by("position")
    assert [p.alt_text for p in added] == ["公園を歩く参加者", "集合写真"]
    assert all(p.event_id == report.event_id and p.thumbnail and p.card for p in added)
    assert added[0].position > arakawa["photo"].position
    assert (added[0].width, added[0].height) == (40, 80)  # turned upright, GPS stripped
    assert pending_files() == []  # the staged copies are gone once saved


def test_photos_chosen_without_descriptions_come_back_as_thumbnails_to_describe(client, arakawa):
    report = arakawa["activityreport"]
    data = report_form(client, report)
    data["new_photos"] = two_photos()
    response = client.post(report_url(report), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "写真ごとに説明を書いてください" in html
    assert "保存すると追加される写真" in html
    assert html.count('src="data:image/') == 2
    assert "写真の説明（目の見えない方の読み上げ用）" in html
    assert report.photos.count() == 1  # nothing published without a description

    data = form_data(response, "activityreport_form", staged_photo_alt=["歩く人", "集合写真"])
    assert client.post(report_url(report), data).status_code == 302
    assert sorted(report.photos.values_list("alt_text", flat=True)) == sorted(
        ["歩く人", "集合写真", arakawa["photo"].alt_text]
    )


def test_photos_chosen_with_an_error_elsewhere_are_kept_and_added_when_fixed(
    client, arakawa, django_capture_on_commit_callbacks
):
    report = arakawa["activityreport"]
    data = report_form(client, report, participants="")
    data["new_photos"] = two_photos()
    data["new_photo_alt"] = ["歩く人", "集合写真"]
    response = client.post(report_url(report), data)
    assert response.status_code == 200
    assert "participants" in response.context["adminform"].form.errors
    assert len(staged_tokens(response)) == 2
    assert 'value="歩く人"' in response.content.decode()  # the descriptions typed are kept
    assert report.photos.count() == 1

    data = form_data(response, "activityreport_form", participants="12")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(report_url(report), data).status_code == 302
    report.refresh_from_db()
    assert report.participants == 12
    assert set(report.photos.values_list("alt_text", flat=True)) >= {"歩く人", "集合写真"}
    assert pending_files() == []


def test_a_fake_image_among_the_chosen_files_is_refused_and_changes_nothing(client, arakawa):
    report = arakawa["activityreport"]
    data = report_form(client, report, summary="書き換えた報告")
    data["new_photos"] = [upload(image_bytes(), name="good.jpg"), upload(FAKE, name="fake.jpg")]
    data["new_photo_alt"] = ["よい写真", "にせの写真"]
    response = client.post(report_url(report), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["new_photos"]
    assert any(e.startswith("fake.jpg: JPEG・PNG・WebP の画像だけ") for e in errors)
    report.refresh_from_db()
    assert report.summary != "書き換えた報告"
    assert report.photos.count() == 1
    assert pending_files() == []


def test_a_tampered_staged_token_is_refused(client, arakawa, coordinator_a):
    report = arakawa["activityreport"]
    data = report_form(client, report, participants="")
    data["new_photos"] = [upload(image_bytes())]
    token = staged_tokens(client.post(report_url(report), data))[0]
    signer = photo_staging.signing.TimestampSigner
    other_salt = signer(salt="x").sign_object({"user": 1, "path": token})
    # Even a genuine signature names nothing outside the staging folder (a published photo).
    outside = signer(salt=photo_staging._SALT).sign_object(
        {"user": coordinator_a.pk, "path": arakawa["photo"].image.name}
    )
    for bad in [token[:-2] + "AA", other_salt, outside, "garbage"]:
        data = report_form(client, report, staged_photo_token=bad, staged_photo_alt="説明")
        response = client.post(report_url(report), data)
        assert response.status_code == 200
        assert "受け付けられませんでした" in response.content.decode()
        assert bad not in staged_tokens(response)
    assert report.photos.count() == 1


def test_another_users_staged_photo_cannot_be_taken(
    client, arakawa, coordinator_a, coordinator_b, area_rows
):
    kita_report = area_rows["kita"]["activityreport"]
    client.force_login(coordinator_b)
    data = report_form(client, kita_report, participants="")
    data["new_photos"] = [upload(image_bytes())]
    kita_token = staged_tokens(client.post(report_url(kita_report), data))[0]

    client.force_login(coordinator_a)
    report = arakawa["activityreport"]
    data = report_form(client, report, staged_photo_token=kita_token, staged_photo_alt="盗んだ")
    response = client.post(report_url(report), data)
    assert response.status_code == 200
    assert "受け付けられませんでした" in response.content.decode()
    assert not Photo.objects.filter(alt_text="盗んだ").exists()


def test_an_expired_staged_token_is_refused(client, arakawa):
    report = arakawa["activityreport"]
    data = report_form(client, report, participants="")
    data["new_photos"] = [upload(image_bytes())]
    token = staged_tokens(client.post(report_url(report), data))[0]
    later = time.time() + photo_staging.MAX_AGE.total_seconds() + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        data = report_form(client, report, staged_photo_token=token, staged_photo_alt="遅い")
        assert client.post(report_url(report), data).status_code == 200
    assert not Photo.objects.filter(alt_text="遅い").exists()


def test_a_coordinator_cannot_add_photos_to_another_areas_report(client, arakawa, area_rows):
    kita_report = area_rows["kita"]["activityreport"]
    response = client.post(
        report_url(kita_report),
        {"new_photos": [upload(image_bytes())], "new_photo_alt": "よその写真"},
    )
    assert response.status_code == 404
    # Nor through a new report naming the other area's event.
    add_url = reverse("admin:events_activityreport_add")
    data = form_data(client.get(add_url), "activityreport_form")
    data.update(
        event=str(kita_report.event_id),
        held_on="2030-01-01",
        participants="3",
        summary="よその報告",
        new_photos=[upload(image_bytes())],
        new_photo_alt="よその写真",
    )
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "event" in response.context["adminform"].form.errors
    assert not Photo.objects.filter(alt_text="よその写真").exists()


def test_photo_rows_offer_no_blank_file_row_and_a_forged_one_is_ignored(client, arakawa):
    report = arakawa["activityreport"]
    page = client.get(report_url(report)).content.decode()
    assert 'name="photos-0-image"' not in page
    assert "multiple" in page and 'name="new_photos"' in page
    assert "写真を選ぶ（まとめて選べます）" in page
    data = report_form(client, report)
    data.update(
        {
            "photos-TOTAL_FORMS": "2",
            "photos-1-image": upload(image_bytes()),
            "photos-1-alt_text": "表から足した行",
        }
    )
    client.post(report_url(report), data)
    assert not Photo.objects.filter(alt_text="表から足した行").exists()


def test_the_event_form_adds_introduction_photos(client, arakawa):
    event = arakawa["event"]
    url = reverse("admin:events_event_change", args=[event.pk])
    data = form_data(client.get(url), "event_form")
    data["new_photos"] = two_photos()
    data["new_photo_alt"] = ["チラシ", "会場の入口"]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    added = Photo.objects.filter(event=event, report=None).order_by("position")
    assert [p.alt_text for p in added] == ["チラシ", "会場の入口"]


def test_stale_staged_photos_are_removed_by_the_command(client, arakawa):
    report = arakawa["activityreport"]
    data = report_form(client, report, participants="")
    data["new_photos"] = two_photos()
    client.post(report_url(report), data)
    assert len(pending_files()) == 2
    call_command("remove_pending_photos", stdout=mock.Mock())
    assert len(pending_files()) == 2  # still fresh: a form may still be saved with them
    later = photo_staging.timezone.now() + photo_staging.MAX_AGE * 2
    with mock.patch.object(photo_staging.timezone, "now", return_value=later):
        call_command("remove_pending_photos", stdout=mock.Mock())
    assert pending_files() == []


def test_more_photos_than_one_choice_may_hold_are_refused_before_any_is_read(client, arakawa):
    report = arakawa["activityreport"]
    data = report_form(client, report)
    data["new_photos"] = [upload(image_bytes(size=(4, 4)), name=f"{n}.jpg") for n in range(21)]
    response = client.post(report_url(report), data)
    assert response.status_code == 200
    assert "一度に選べる写真は20枚までです。" in response.content.decode()
    assert pending_files() == []
