"""Every public page: a <title>, the right lang, a description, one h1, headings in order."""

import pytest

from events.models import Event
from tests.pages import headings_in_order, outline

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/areas/",
    "/areas/arakawa/",
    "/areas/arakawa/2023/",
    "/areas/toshima/",
    "/coops/",
    "/coops/coop-mirai/",
    "/charter/",
    "/events/",
    "/events/calendar/2023/6/",
    "EVENT",
]


def _url(page):
    if page == "EVENT":
        return f"/events/{Event.objects.get(title='荒川コープカフェ').pk}/"
    return page


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_has_a_title_language_description_and_one_h1(
    client, demo, page, language
):
    url = _url(page)
    if language == "en":
        url = "/en" + url
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    parsed = outline(response)
    site = "Tokyo Co-ops' Community Building" if language == "en" else "東京の生協のまちづくり"
    assert site in parsed.title
    assert parsed.meta.get("description")
    assert headings_in_order(parsed.headings), (url, parsed.headings)
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html


def test_the_header_links_to_every_resident_section(client, demo):
    html = client.get("/").content.decode()
    for href in ('href="/areas/"', 'href="/events/"', 'href="/coops/"', 'href="/charter/"'):
        assert href in html


def test_english_header_links_stay_in_english(client, demo):
    html = client.get("/en/").content.decode()
    for href in ('href="/en/areas/"', 'href="/en/events/"', 'href="/en/coops/"'):
        assert href in html


def test_japanese_content_on_english_pages_is_marked_as_japanese(client, demo):
    """Screen readers then read the booklet's Japanese text with a Japanese voice."""
    event = Event.objects.get(title="荒川コープカフェ")
    html = client.get(f"/en/events/{event.pk}/").content.decode()
    assert '<h1 lang="ja">荒川コープカフェ</h1>' in html
    area = client.get("/en/areas/arakawa/").content.decode()
    assert '<p class="theme-headline" lang="ja">知る・学ぶ・そして楽しむこと</p>' in area
    japanese = client.get(f"/events/{event.pk}/").content.decode()
    assert "<h1>荒川コープカフェ</h1>" in japanese
