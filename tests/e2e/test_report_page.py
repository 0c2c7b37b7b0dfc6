"""A resident on a phone (375 px) opens a report from the demo area page, opens one of its
photos full size (a plain link, no JavaScript needed) and finds the share links."""

import re

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_opens_a_report_and_its_photo_full_size_on_a_phone(page, site):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/areas/arakawa/")
    with_photo = page.locator(".report-item").filter(has=page.locator("img")).first
    with_photo.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/events/\d+/reports/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("荒川コープカフェ")

    photo_link = page.locator("a.photo-link").first
    photo_link.scroll_into_view_if_needed()
    shown = page.locator("a.photo-link img").first
    shown.evaluate("img => img.decode()")
    shown_width = shown.evaluate("img => img.getBoundingClientRect().width")
    card_width = shown.evaluate("img => img.naturalWidth")
    assert photo_link.bounding_box()["height"] >= 44

    report_url = page.url
    with page.expect_navigation() as navigation:
        photo_link.click()
    response = navigation.value
    assert response.status == 200
    assert response.headers["content-type"] == "image/jpeg"
    full_width = page.evaluate("() => document.images[0].naturalWidth")
    assert full_width > card_width >= shown_width

    page.goto(report_url)
    share = page.get_by_role("region", name="このページを共有")
    for label in ("LINEで送る", "Xでポスト", "Facebookでシェア", "メールで送る"):
        link = share.get_by_role("link", name=label)
        assert link.is_visible()
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
    x_href = share.get_by_role("link", name="Xでポスト").get_attribute("href")
    assert x_href.startswith("https://x.com/intent/post?url=http%3A%2F%2F")
    assert re.search(r"%2Fevents%2F\d+%2Freports%2F\d+%2F&text=", x_href)
