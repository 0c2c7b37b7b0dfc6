"""A coordinator adds a report with two photos chosen at once, in a real browser: a
validation error on the way loses neither the photos nor their descriptions, and the form
fits at 1280 px and at 375 px. Screenshots go to artifacts/e2e/ (looked at, not committed)."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from areas.models import AreaGroup
from events.factories import EventFactory, local_datetime
from events.models import ActivityReport
from tests.conftest import make_coordinator
from tests.e2e.conftest import ARTIFACTS, DESKTOP, PHONE, sign_in
from tests.imagefiles import image_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "尾久の川べり清掃"
HELD_ON = datetime.date(2026, 10, 17)


@pytest.fixture
def coordinator(site):
    return make_coordinator(get_user_model(), "coordinator_a", "arakawa")


@pytest.fixture
def cleanup_event(site):
    return EventFactory(
        title=TITLE,
        area_groups=[AreaGroup.objects.get(slug="arakawa")],
        starts_at=local_datetime(2026, 10, 17, 10, 0),
    )


@pytest.fixture
def photo_files(tmp_path):
    files = []
    for name, size in [("kawabe.jpg", (1600, 1200)), ("shugo.jpg", (1200, 1600))]:
        path = tmp_path / name
        path.write_bytes(image_bytes("JPEG", size=size))
        files.append(path)
    return files


def no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def shoot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-photos-{name}.png"), full_page=True)


def check_both_widths(page, name):
    for label, size in [("1280", DESKTOP), ("375", PHONE)]:
        page.set_viewport_size(size)
        assert no_horizontal_overflow(page), f"{name} overflows at {label} px"
        shoot(page, f"{name}-{label}")
    page.set_viewport_size(DESKTOP)


def test_a_report_with_two_photos_survives_a_validation_error(
    page, site, coordinator, cleanup_event, photo_files
):
    sign_in(page, site, coordinator)
    page.wait_for_url(site + "/admin/")
    page.goto(site + "/admin/events/activityreport/add/")

    # The event (autocomplete), the date, the report; participants forgotten.
    page.locator(".field-event .select2-selection").click()
    page.locator(".select2-search__field").fill("川べり")
    page.get_by_role("option", name=TITLE).click()
    page.locator("input[name=held_on]").fill("2026/10/17")
    page.locator("textarea[name=summary]").fill("川べりのごみを拾いました。")

    # Two photos in one choice; a 説明 field appears beside each.
    picker = page.get_by_label("写真を選ぶ（まとめて選べます）")
    picker.set_input_files(photo_files)
    descriptions = page.locator("input[name=new_photo_alt]")
    assert descriptions.count() == 2
    descriptions.nth(0).fill("川べりでごみを拾う参加者")
    descriptions.nth(1).fill("集めたごみ袋の前の集合写真")
    check_both_widths(page, "chosen")
    page.locator("input[name=_save]").click()

    # The error comes back with the photos kept as thumbnails, their descriptions filled.
    page.wait_for_load_state()
    assert page.locator(".errornote").is_visible()
    assert page.get_by_text("保存すると追加される写真:").is_visible()
    staged = page.locator("input[name=staged_photo_alt]")
    assert staged.count() == 2
    assert staged.nth(0).input_value() == "川べりでごみを拾う参加者"
    thumbnails = page.locator(".staged-photos img")
    assert all(
        page.evaluate("img => img.naturalWidth", thumbnails.nth(i).element_handle()) > 0
        for i in range(2)
    )
    check_both_widths(page, "error")

    # On a phone the file input is on screen, within the width.
    page.set_viewport_size(PHONE)
    picker.scroll_into_view_if_needed()
    box = picker.bounding_box()
    assert picker.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    page.set_viewport_size(DESKTOP)

    page.locator("input[name=participants]").fill("14")
    page.locator("input[name=_continue]").click()
    page.wait_for_url("**/admin/events/activityreport/*/change/")
    assert "写真を2枚追加しました。" in page.locator(".messagelist").inner_text()
    for alt in ["川べりでごみを拾う参加者", "集めたごみ袋の前の集合写真"]:
        assert page.get_by_role("img", name=alt).is_visible()
    check_both_widths(page, "saved")

    report = ActivityReport.objects.get(event=cleanup_event, held_on=HELD_ON)
    assert report.participants == 14
    assert sorted(report.photos.values_list("alt_text", flat=True)) == sorted(
        ["川べりでごみを拾う参加者", "集めたごみ袋の前の集合写真"]
    )
