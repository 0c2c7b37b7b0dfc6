"""The admin's layout for a coordinator at 1280 px and on a phone (375 px), and the sign-in
checkbox: headlines readable in the theme list, no page wider than the phone, buttons big
enough to tap, the 「ログインしたままにする」 checkbox beside its label.

Screenshots of each page are saved under artifacts/admin-layout/ to be looked at.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus
from core.fiscal_year import current_fiscal_year
from events.models import Event
from tests.conftest import make_coordinator
from tests.e2e.conftest import DESKTOP, PHONE, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "admin-layout"
SIZES = pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "375px"])
LONG_HEADLINE = "防災を知り、つながりを広げる 〜 わが家の備えを近所で話し合う一年 〜"


@pytest.fixture
def coordinator(site):
    make_coordinator(get_user_model(), "coordinator_a", "arakawa")
    arakawa = AreaGroup.objects.get(slug="arakawa")
    YearlyThemeFactory(
        area_group=arakawa,
        fiscal_year=current_fiscal_year() + 1,
        headline=LONG_HEADLINE,
        publication=PublicationStatus.DRAFT,
    )
    return get_user_model().objects.get(username="coordinator_a")


def screenshot(page, name, size):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{size['width']}.png"), full_page=True)


def overflow(page):
    """How far the page is wider than the window (0: nothing runs off the right edge)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@SIZES
def test_the_theme_list_keeps_each_headline_several_characters_wide(page, site, coordinator, size):
    page.set_viewport_size(size)
    sign_in(page, site, coordinator)
    page.goto(site + "/admin/areas/yearlytheme/")
    screenshot(page, "theme-list", size)
    cells = page.locator("#result_list .column-headline, #result_list .field-headline")
    assert cells.count() >= 2
    # Narrowest headline cell, in characters of its own font.
    narrowest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll(
            '#result_list .column-headline, #result_list .field-headline')].map(cell =>
            cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize)))"""
    )
    assert narrowest >= 6
    # The table scrolls inside its own box; the page itself does not.
    assert overflow(page) <= 0


def test_the_event_form_fits_a_phone_with_every_field_reachable(page, site, coordinator):
    page.set_viewport_size(PHONE)
    sign_in(page, site, coordinator)
    event = Event.objects.filter(area_groups__slug="arakawa").first()
    page.goto(site + f"/admin/events/event/{event.pk}/change/")
    screenshot(page, "event-form", PHONE)
    assert overflow(page) <= 0
    # Every file input starts inside the window (a wide inline table scrolls within its box).
    lefts = page.evaluate(
        "[...document.querySelectorAll('input[type=file]')]"
        ".map(input => input.getBoundingClientRect().left)"
    )
    assert all(0 <= left < PHONE["width"] for left in lefts)
    # The buttons at the foot of the form are big enough to tap.
    heights = page.evaluate(
        "[...document.querySelectorAll('.submit-row input, .submit-row a')]"
        ".filter(el => el.offsetParent).map(el => el.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 44
    # Text is large enough to read: nothing in the form below 14 px.
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll(
            '#content-main label, #content-main input, #content-main .help')]
            .filter(el => el.offsetParent)
            .map(el => parseFloat(getComputedStyle(el).fontSize)))"""
    )
    assert smallest >= 14


@SIZES
def test_the_stay_signed_in_checkbox_sits_beside_its_label(page, site, size):
    page.set_viewport_size(size)
    page.goto(site + "/accounts/login/")
    screenshot(page, "login", size)
    box = page.locator("input[name=remember]").bounding_box()
    label = page.locator("label[for=id_remember]").bounding_box()
    assert label["x"] - (box["x"] + box["width"]) < 16  # the label just right of the box
    middle = box["y"] + box["height"] / 2
    assert label["y"] <= middle <= label["y"] + label["height"]  # on the same line
