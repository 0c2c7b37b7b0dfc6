"""What a resident does in a real browser, page by page as the site grows.

Extension point: add a flow as one more test function here. The whole resident flow
(areas → theme → filtered events → .ics → English) is the last test.
"""

import datetime
from pathlib import Path

import icalendar
import pytest
from django.utils import timezone

from events.models import Event
from portal.demo import booklet_2023 as booklet

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# A demo study meeting of 荒川区, 足立区 and 北区, 56 days after the demo is loaded.
STUDY_MEETING = "生活困窮者支援を考える合同学習会"


def test_a_resident_opens_the_home_page_in_japanese(page, site):
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.get_by_role("heading", level=1).inner_text() == "ひとりぼっちにしないまちづくり"
    assert page.get_by_text("荒川区まちづくり").first.is_visible()


def test_a_resident_switches_to_english_and_back(page, site):
    page.goto(site + "/")
    page.get_by_role("navigation", name="言語 / Language").get_by_role(
        "link", name="English"
    ).click()
    page.wait_for_url(site + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Skip to main content").count() == 1

    page.get_by_role("link", name="日本語").click()
    page.wait_for_url(site + "/")
    assert page.locator("html").get_attribute("lang") == "ja"


def test_the_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content(page, site):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "本文へ移動"
    assert page.locator(".skip-link").is_visible()  # hidden until focused

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


FOCUS_STOP = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName,
    text: el.textContent.trim(),
    outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def test_a_keyboard_walk_visits_every_link_in_order_with_a_visible_focus_ring(page, site):
    page.goto(site + "/")
    stops = []
    for _ in range(50):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP)
        if stop["tag"] == "BODY" or (stops and stop["text"] == stops[0]["text"]):
            break  # past the last link, or back at the start: the walk is complete
        stops.append(stop)
    texts = [s["text"] for s in stops]
    assert texts[:12] == [
        "本文へ移動",
        "東京の生協のまちづくり",
        "ホーム",
        "地域",
        "活動・イベント",
        "生協・団体",
        "理念・目標",
        "わたまちプラン",
        "年度報告",
        "",  # the site search's box (issue 16)
        "検索",
        "English",
    ]
    assert all(s["outlined"] for s in stops), stops


def test_a_resident_finds_arakawa_filters_its_events_downloads_one_and_reads_it_in_english(
    page, site
):
    today = timezone.localdate()
    event = Event.objects.get(title=STUDY_MEETING)
    demo_arakawa = next(g for g in booklet.ACTIVE_GROUPS if g["slug"] == "arakawa")

    # From the home page to the areas page, and on the tile map to 荒川区.
    page.goto(site + "/")
    page.get_by_role("link", name="お住まいの地域をさがす").click()
    page.wait_for_url(site + "/areas/")
    wards = page.get_by_role("region", name="23区")
    wards.get_by_role("link", name="荒川区 — 荒川区まちづくり（活動中）").click()
    page.wait_for_url(site + "/areas/arakawa/")
    assert page.get_by_role("heading", level=1).inner_text() == "荒川区まちづくり"
    theme = page.locator("section.theme")
    assert "2023年度の取り組みテーマ" in theme.get_by_role("heading", level=2).inner_text()
    assert theme.locator(".theme-headline").inner_text() == demo_arakawa["headline"]
    assert demo_arakawa["text"] in theme.locator(".theme-text").inner_text()

    # The area's events, narrowed to study meetings in the next three months.
    page.get_by_role("link", name="この地域の活動をすべて見る").click()
    page.wait_for_url(site + "/events/?area=arakawa")
    form = page.get_by_role("form", name="条件でさがす")
    assert form.get_by_label("地域").input_value() == "arakawa"
    form.get_by_label("種類").select_option(label="学習会")
    form.get_by_label("開始日").fill(today.isoformat())
    form.get_by_label("終了日").fill((today + datetime.timedelta(days=90)).isoformat())
    form.get_by_role("button", name="この条件でさがす").click()
    page.wait_for_url("**/events/?*kind=study*")
    titles = page.locator(".event-list .event-title").all_inner_texts()
    assert titles == [STUDY_MEETING]  # not the monthly café, not another area's study

    # The event's page and the calendar file of its next date.
    page.get_by_role("link", name=STUDY_MEETING).click()
    page.wait_for_url(f"{site}/events/{event.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == STUDY_MEETING
    with page.expect_download() as download_info:
        page.get_by_role("link", name="iPhoneなどのカレンダーに追加（.ics）").click()
    download = download_info.value
    day = timezone.localdate(event.starts_at)
    assert download.suggested_filename == f"event-{event.pk}-{day:%Y%m%d}.ics"
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == STUDY_MEETING
    starts_at = vevent.decoded("DTSTART")
    assert starts_at == event.starts_at
    local = timezone.localtime(starts_at)
    assert (local.date(), local.time()) == (
        today + datetime.timedelta(days=56),
        datetime.time(13, 30),
    )

    # The same event in English.
    page.get_by_role("navigation", name="言語 / Language").get_by_role(
        "link", name="English"
    ).click()
    page.wait_for_url(f"{site}/en/events/{event.pk}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == STUDY_MEETING
    assert page.get_by_role("link", name="Add to iPhone or other calendars (.ics)").is_visible()
