"""What a resident does in a real browser, page by page as the site grows.

Extension point: add a flow as one more test function here (the home page and the
language switcher today; areas, events, .ics download as those pages land).
"""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


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
    assert texts[:10] == [
        "本文へ移動",
        "東京の生協のまちづくり",
        "ホーム",
        "地域",
        "活動・イベント",
        "生協・団体",
        "理念・目標",
        "わたまちプラン",
        "年度報告",
        "English",
    ]
    assert all(s["outlined"] for s in stops), stops
