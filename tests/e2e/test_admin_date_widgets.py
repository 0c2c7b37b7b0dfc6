"""The admin's calendar and clock in Japanese (the djangojs catalogue) and a 令和 date typed
by hand: the calendar popup and the 今日 link still write 2027/01/13, and the time-zone note
a coordinator abroad (or with a wrong clock) sees is Japanese."""

import re

import pytest
from django.contrib.auth import get_user_model

from tests.conftest import make_coordinator
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_calendar_the_today_link_and_the_time_zone_note_speak_japanese(new_page, site):
    coordinator = make_coordinator(get_user_model(), "coordinator_a", "arakawa")
    page = new_page(timezone_id="UTC")  # nine hours behind the server's Asia/Tokyo
    sign_in(page, site, coordinator)
    page.goto(site + "/admin/events/event/add/")

    note = page.locator(".timezonewarning").first.inner_text()
    assert note.startswith("注意: 時刻はAsia/Tokyoの時間で入力してください")
    assert "9時間遅れています" in note

    start = page.locator("#id_starts_at_0")
    page.locator(".datetimeshortcuts a", has_text="今日").first.click()
    assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", start.input_value())

    page.locator("#calendarlink0").click()
    calendar = page.locator("#calendarbox0")
    assert re.search(r"\d+月 \d{4}|\d{4}年", calendar.locator("caption").inner_text())
    assert "Previous" not in calendar.inner_html() and "Next (" not in calendar.inner_html()
    day = calendar.locator("td a").filter(has_text=re.compile(r"^15$")).first
    assert re.fullmatch(r"\d{4}年\d{1,2}月15日.*", day.get_attribute("aria-label"))
    day.click()
    assert re.fullmatch(r"\d{4}/\d{2}/15", start.input_value())

    # A date typed with its era is accepted: the form comes back for the fields left empty,
    # not for this one.
    start.fill("令和9年1月13日")
    page.locator("#id_starts_at_1").fill("13時30分")
    page.evaluate("document.querySelector('#event_form').noValidate = true")  # the server's say
    page.locator("input[name=_save]").click()
    page.wait_for_load_state()
    assert page.locator(".errornote").count() == 1
    assert page.locator("#id_starts_at_0").input_value() == "令和9年1月13日"
    errors = page.locator(".field-starts_at .errorlist")
    assert errors.count() == 0, errors.all_inner_texts()
