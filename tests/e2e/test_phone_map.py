"""The municipality map on a phone (issue 16): it opens on the 23 wards, plain links bring the
Tama area and the islands into view (no JavaScript needed), labels are 14 px or more, and in
English the tiles read the English names."""

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _in_viewport(locator) -> bool:
    return locator.evaluate(
        """el => { const r = el.getBoundingClientRect();
           return r.left >= 0 && r.top >= 0
             && r.right <= innerWidth && r.bottom <= innerHeight; }"""
    )


def test_the_phone_map_opens_on_the_wards_and_links_to_tama_and_the_islands(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/areas/")
    arakawa = page.locator("#map-wards .tile", has_text="荒川区 —")
    # On load nothing is scrolled sideways: the map's first region, the wards, is in view
    # (a person scrolls down to it; the page does not move sideways for it).
    page.locator("#map-heading").scroll_into_view_if_needed()
    page.evaluate(
        "window.scrollBy(0, document.querySelector('#map-wards').getBoundingClientRect().top)"
    )
    assert _in_viewport(arakawa)
    for link, tile in [("多摩地域", "八王子市 —"), ("島しょ部", "小笠原村")]:
        page.get_by_role("navigation", name="地図の地域").get_by_role("link", name=link).click()
        assert _in_viewport(page.locator(".tile", has_text=tile).first), link
    sizes = page.locator(".tile-label").evaluate_all(
        "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert len(sizes) == 62 and min(sizes) >= 14


def test_the_wards_are_in_view_where_the_map_begins_without_scrolling_sideways(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/areas/")
    box = page.locator("#map-wards .tile", has_text="荒川区 —").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["width"] >= 44 and box["height"] >= 44


def test_in_english_the_arakawa_tile_reads_arakawa(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/en/areas/")
    label = page.locator("#map-wards .tile", has_text="Arakawa City").locator(".tile-label")
    assert label.inner_text().replace("\u00ad", "") == "Arakawa"
