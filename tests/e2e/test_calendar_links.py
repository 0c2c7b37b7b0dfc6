"""A resident on a phone (375 px) puts the next café date in Google Calendar and subscribes to
their area's calendar by webcal:// (issue 16, "Done when")."""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest

from events.models import Event
from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CAFE = "荒川コープカフェ"


def utc_stamp(iso: str) -> str:
    moment = datetime.datetime.fromisoformat(iso)
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def test_the_google_link_adds_the_next_cafe_date_shown_on_the_page(page, site):
    page.set_viewport_size(PHONE)
    cafe = Event.objects.get(title=CAFE)
    page.goto(site + cafe.get_absolute_url())
    shown = page.locator(".event-facts time").first.get_attribute("datetime")
    add = page.get_by_role("link", name="Googleカレンダーに追加")
    assert add.is_visible()
    link = parse_qs(urlparse(add.get_attribute("href")).query)
    start, _end = link["dates"][0].split("/")
    assert start == utc_stamp(shown)
    assert not start.startswith("2023")  # not the series' first date, 2023年4月15日
    assert link["ctz"] == ["Asia/Tokyo"]
    # The one-date file is for the same date.
    day = datetime.datetime.fromisoformat(shown).date().isoformat()
    ics = page.get_by_role("link", name="iPhoneなどのカレンダーに追加（.ics）")
    assert ics.get_attribute("href") == f"/events/{cafe.pk}/{day}.ics"
    assert page.get_by_role("heading", name="毎回の予定を購読").is_visible()


def test_the_area_page_offers_a_webcal_subscription_and_its_help(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/areas/arakawa/")
    host = urlparse(site).netloc
    subscribe = page.get_by_role("link", name="カレンダーアプリで購読（webcal）")
    assert subscribe.is_visible()
    assert subscribe.get_attribute("href") == f"webcal://{host}/areas/arakawa/events.ics"

    page.get_by_role("link", name="カレンダーで購読するしかた").click()
    page.wait_for_url(site + "/help/calendar/?area=arakawa")
    field = page.get_by_label("カレンダーのURL（コピーして使います）")
    assert field.input_value() == f"{site}/areas/arakawa/events.ics"
    assert field.get_attribute("readonly") is not None
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
