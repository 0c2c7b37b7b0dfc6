"""A resident on a phone finds 「ぼうさい」 events from the header's search box (issue 16)."""

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_types_bosai_in_the_header_box_and_reaches_a_bosai_event(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    search = page.get_by_role("search")
    box = search.get_by_label("サイト内検索")
    box.fill("ぼうさい")
    for target in (box, search.get_by_role("button", name="検索")):
        assert target.bounding_box()["height"] >= 44
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")

    results = page.get_by_role("region", name="活動（")
    assert page.get_by_role("status").inner_text().startswith("「ぼうさい」")
    first = results.get_by_role("link").filter(has_text="防災").first
    assert first.locator("mark").first.inner_text() == "防災"
    assert first.bounding_box()["height"] >= 44
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/events/*/")
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
