"""Uploads: only real JPEG/PNG/WebP get in, upright and without metadata, in three sizes."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from PIL import Image

from coops.models import Organization
from core import images
from events.models import Photo
from tests.imagefiles import GPS_IFD, image_bytes, jpeg_with_gps_and_orientation, upload

pytestmark = pytest.mark.django_db


def decoded(content_file) -> Image.Image:
    content_file.seek(0)
    image = Image.open(io.BytesIO(content_file.read()))
    image.load()
    return image


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_accepted(fmt):
    cleaned = images.sanitize(upload(image_bytes(fmt), name=f"a.{fmt.lower()}"))
    assert decoded(cleaned).size == (64, 32)


def test_gps_and_other_exif_are_removed_and_the_photo_is_turned_upright():
    cleaned = images.sanitize(upload(jpeg_with_gps_and_orientation(size=(80, 40))))
    image = decoded(cleaned)
    assert image.size == (40, 80)  # orientation 6 (rotate 90°) applied to the pixels
    exif = image.getexif()
    assert len(exif) == 0
    assert not exif.get_ifd(GPS_IFD)
    cleaned.seek(0)
    assert b"TestCam" not in cleaned.read()


def test_png_text_chunks_are_removed():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "home address")
    buffer = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(buffer, format="PNG", pnginfo=info)
    cleaned = images.sanitize(upload(buffer.getvalue(), name="a.png"))
    cleaned.seek(0)
    assert b"home address" not in cleaned.read()
    assert decoded(cleaned).mode == "RGBA"  # transparency kept


def png_header_glued_to_html() -> bytes:
    ihdr = struct.pack(">IIBBBBB", 10, 10, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr
    chunk += struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk + b"<html><script>alert(1)</script></html>"


BAD_FILES = {
    "png_header_glued_to_html": (png_header_glued_to_html(), "evil.png"),
    "svg": (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(1)</script></svg>",
        "logo.svg",
    ),
    "eps": (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto showpage\n",
        "logo.eps",
    ),
    "truncated_jpeg": (image_bytes("JPEG", size=(400, 300))[:600], "cut.jpg"),
    "gif": (image_bytes("GIF", mode="P", color=1), "anim.gif"),
    "html": (b"<!doctype html><title>x</title>", "page.jpg"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_anything_else_is_refused_with_a_clear_message(name):
    data, filename = BAD_FILES[name]
    with pytest.raises(ValidationError) as error:
        images.sanitize(upload(data, name=filename))
    assert "JPEG・PNG・WebP" in str(error.value) or "壊れている" in str(error.value)


def test_an_upload_over_ten_megabytes_is_refused_before_decoding(monkeypatch):
    opened = []
    monkeypatch.setattr(images.Image, "open", lambda *a, **k: opened.append(1))
    big = upload(b"\xff\xd8" + b"0" * (10 * 1024 * 1024), name="big.jpg")
    with pytest.raises(ValidationError, match="10MB"):
        images.sanitize(big)
    assert opened == []


def test_a_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 64×32 = 2048 pixels: warns
    with pytest.raises(ValidationError, match="画素数"):
        images.sanitize(upload(image_bytes("PNG"), name="bomb.png"))


def test_a_photo_is_stored_in_three_sizes_with_dimensions(area_rows):
    report = area_rows["arakawa"]["activityreport"]
    cleaned = images.sanitize(upload(image_bytes("JPEG", size=(2400, 1600))))
    photo = Photo.objects.create(report=report, image=cleaned, alt_text="会場の様子")
    assert (photo.width, photo.height) == (1920, 1280)
    assert (photo.card_width, photo.card_height) == (800, 533)
    assert (photo.thumbnail_width, photo.thumbnail_height) == (320, 213)
    assert Image.open(photo.thumbnail.path).size == (320, 213)


def test_coordinator_uploads_a_photo_with_alt_text_and_no_gps_survives(
    client, coordinator_a, area_rows
):
    report = area_rows["arakawa"]["activityreport"]
    client.force_login(coordinator_a)
    data = {
        "report": report.pk,
        "image": upload(jpeg_with_gps_and_orientation(size=(800, 600))),
        "alt_text": "公園で防災マップを広げる参加者たち",
        "caption": "",
        "position": 0,
    }
    response = client.post(reverse("admin:events_photo_add"), data)
    assert response.status_code == 302
    photo = Photo.objects.get(alt_text="公園で防災マップを広げる参加者たち")
    stored = Image.open(photo.image.path)
    assert stored.size == (600, 800)
    assert not stored.getexif().get_ifd(GPS_IFD)
    with open(photo.image.path, "rb") as f:
        assert b"TestCam" not in f.read()


def test_a_photo_without_alt_text_is_refused(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    data = {
        "report": area_rows["arakawa"]["activityreport"].pk,
        "image": upload(image_bytes()),
        "alt_text": "",
        "position": 0,
    }
    response = client.post(reverse("admin:events_photo_add"), data)
    assert response.status_code == 200
    assert "alt_text" in response.context["adminform"].form.errors


def test_an_svg_logo_is_refused_in_the_admin_with_a_form_error(admin_client, db):
    svg, name = BAD_FILES["svg"]
    data = {
        "name": "テスト生協",
        "slug": "test-coop",
        "kind": "regional_coop",
        "is_member_coop": "on",
        "logo": upload(svg, name=name, content_type="image/svg+xml"),
    }
    response = admin_client.post(reverse("admin:coops_organization_add"), data)
    assert response.status_code == 200
    assert "JPEG・PNG・WebP" in response.content.decode()
    assert not Organization.objects.filter(slug="test-coop").exists()


def test_a_logo_is_stored_clean_with_its_size(admin_client, db):
    data = {
        "name": "テスト生協",
        "slug": "test-coop",
        "kind": "regional_coop",
        "is_member_coop": "on",
        "logo": upload(jpeg_with_gps_and_orientation(size=(1200, 300))),
    }
    assert admin_client.post(reverse("admin:coops_organization_add"), data).status_code == 302
    org = Organization.objects.get(slug="test-coop")
    assert (org.logo_width, org.logo_height) == (300, 1200)  # turned upright
    assert not Image.open(org.logo.path).getexif().get_ifd(GPS_IFD)


def test_a_photo_is_served_with_its_sizes_and_alt_text(area_rows):
    from django.template.loader import render_to_string

    photo = area_rows["arakawa"]["photo"]
    html = render_to_string("includes/photo.html", {"photo": photo})
    assert f'alt="{photo.alt_text}"' in html
    assert f'width="{photo.card_width}" height="{photo.card_height}"' in html
    assert f"{photo.thumbnail.url} {photo.thumbnail_width}w" in html


def test_an_event_gets_its_own_photos_besides_its_reports(client, coordinator_a, area_rows):
    event = area_rows["arakawa"]["event"]
    client.force_login(coordinator_a)
    data = {
        "event": event.pk,
        "image": upload(image_bytes("WEBP"), name="flyer.webp"),
        "alt_text": "カフェの会場の入口",
        "position": 0,
    }
    assert client.post(reverse("admin:events_photo_add"), data).status_code == 302
    photo = Photo.objects.get(alt_text="カフェの会場の入口")
    assert photo.event == event and photo.report is None


def test_a_photo_cannot_pair_an_event_with_another_events_report(client, secretariat, area_rows):
    client.force_login(secretariat)
    data = {
        "event": area_rows["arakawa"]["event"].pk,
        "report": area_rows["kita"]["activityreport"].pk,
        "image": upload(image_bytes()),
        "alt_text": "食い違い",
        "position": 0,
    }
    response = client.post(reverse("admin:events_photo_add"), data)
    assert response.status_code == 200
    assert "report" in response.context["adminform"].form.errors
