"""The demo's reports get drawn photos (portal/demo/photos/), once: a second run adds none,
and a person's changes to them, or their own photos, stay as they are."""

import datetime
from pathlib import Path

import pytest
from PIL import Image

from core import images
from events.models import ActivityReport, Photo
from portal.demo import photos as demo_photos
from portal.demo.loader import load_demo
from tests.imagefiles import image_bytes, upload

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 6, 15)


def test_the_shipped_photos_are_small_jpegs_larger_than_the_page_shows():
    files = sorted(Path(demo_photos.FOLDER).glob("*.jpg"))
    assert 4 <= len(files) <= 6
    for path in files:
        assert path.stat().st_size <= 120 * 1024, path.name
        with Image.open(path) as image:
            assert image.format == "JPEG"
            assert image.width > images.CARD.width, path.name  # full size opens larger
    used = {name for _title, _day, shots in demo_photos.REPORT_PHOTOS for name, _a, _c in shots}
    assert used <= {path.name for path in files}


def test_load_demo_gives_published_reports_photos_with_japanese_descriptions():
    load_demo(today=DAY)
    photos = Photo.objects.select_related("report__event")
    assert photos.count() == sum(len(shots) for _t, _d, shots in demo_photos.REPORT_PHOTOS)
    for photo in photos:
        assert photo.report in ActivityReport.objects.published()
        assert photo.alt_text and photo.caption
        assert photo.image and photo.card and photo.thumbnail  # stored with its renditions
        assert photo.event_id == photo.report.event_id
        assert photo.image.storage.exists(photo.image.name)


def test_a_second_run_adds_no_photo_and_keeps_a_changed_caption_and_a_persons_photo():
    load_demo(today=DAY)
    before = Photo.objects.count()
    changed = Photo.objects.order_by("pk").first()
    changed.caption = "担当者が書き直したキャプション"
    changed.alt_text = "担当者が書き直した説明"
    changed.save()
    report = ActivityReport.objects.published().filter(photos__isnull=True).first()
    own = Photo.objects.create(
        report=report,
        image=images.sanitize(upload(image_bytes("JPEG", size=(900, 600)))),
        alt_text="担当者が撮った写真",
    )
    files = {p.pk: (p.image.name, p.card.name) for p in Photo.objects.all()}

    load_demo(today=DAY)
    load_demo(today=DAY + datetime.timedelta(days=1))

    assert Photo.objects.count() == before + 1
    changed.refresh_from_db()
    assert changed.caption == "担当者が書き直したキャプション"
    assert changed.alt_text == "担当者が書き直した説明"
    assert {p.pk: (p.image.name, p.card.name) for p in Photo.objects.all()} == files
    own.refresh_from_db()
    assert own.alt_text == "担当者が撮った写真"
