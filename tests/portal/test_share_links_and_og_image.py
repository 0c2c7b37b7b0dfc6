"""Share links (plain links, encoded absolute addresses) and og:image on every public page:
the object's first public photo, otherwise a drawn 1200×630 card, cached, never a draft's."""

import html
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from PIL import Image

from areas.factories import AreaGroupFactory
from areas.models import PublicationStatus
from events.factories import ActivityReportFactory, EventFactory
from events.models import ActivityReport, Event
from portal import og_cards

pytestmark = pytest.mark.django_db

TITLE = "防災 & 子育て カフェ"


def hrefs(page: str, css_class: str) -> str:
    found = re.search(rf'class="[^"]*{css_class}[^"]*" href="([^"]+)"', page)
    return html.unescape(found[1])


def og_image(page: str) -> str:
    return html.unescape(re.search(r'<meta property="og:image" content="([^"]+)"', page)[1])


@pytest.fixture
def event():
    area = AreaGroupFactory(name="荒川区まちづくり", slug="arakawa-share")
    return EventFactory(title=TITLE, area_groups=[area])


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_share_links_carry_the_encoded_absolute_address_and_title(client, event):
    page = client.get(f"/events/{event.pk}/").content.decode()
    address = f"http://testserver/events/{event.pk}/"
    line = urlsplit(hrefs(page, "share-line"))
    assert line.netloc == "social-plugins.line.me" and line.path == "/lineit/share"
    assert parse_qs(line.query) == {"url": [address]}
    x = hrefs(page, "share-x")
    assert x.startswith("https://x.com/intent/post?url=http%3A%2F%2Ftestserver%2Fevents%2F")
    # & and spaces are encoded, so the title does not end at its "&".
    assert "&text=%E9%98%B2%E7%81%BD%20%26%20" in x
    assert parse_qs(urlsplit(x).query) == {"url": [address], "text": [TITLE]}
    facebook = urlsplit(hrefs(page, "share-facebook"))
    assert facebook.netloc == "www.facebook.com"
    assert parse_qs(facebook.query) == {"u": [address]}
    mail = hrefs(page, "share-mail")
    assert mail.startswith("mailto:?subject=")
    assert parse_qs(urlsplit(mail).query) == {"subject": [TITLE], "body": [f"{TITLE}\n{address}"]}
    for label in ("LINEで送る", "Xでポスト", "Facebookでシェア", "メールで送る"):
        assert label in page
    assert page.count('rel="noopener noreferrer external"') >= 4
    assert "<script" not in page.split('id="share-heading"')[1].split("</section>")[0]


def test_the_english_page_shares_the_english_address(client, event):
    page = client.get(f"/en/events/{event.pk}/").content.decode()
    assert "url=http%3A%2F%2Ftestserver%2Fen%2Fevents%2F" in hrefs(page, "share-line")


def test_the_area_and_plan_pages_have_share_links(client, demo):
    for path in ("/areas/arakawa/", "/areas/kawaguchi-watamachi/plan/"):
        page = client.get(path).content.decode()
        assert f"url=http%3A%2F%2Ftestserver{path.replace('/', '%2F')}" in hrefs(
            page, "share-line"
        ), path


def public_pages():
    event = Event.objects.published().order_by("pk").first()
    report = ActivityReport.objects.published().filter(photos__isnull=False).first()
    bare = ActivityReport.objects.published().filter(photos__isnull=True).first()
    return [
        "/",
        "/areas/",
        "/areas/arakawa/",
        "/areas/arakawa/2023/",
        "/coops/",
        "/coops/coop-mirai/",
        "/charter/",
        "/privacy/",
        "/events/",
        "/events/calendar/2023/4/",
        f"/events/{event.pk}/",
        report.get_absolute_url(),
        bare.get_absolute_url(),
        "/plans/",
        "/areas/kawaguchi-watamachi/plan/",
        "/reports/",
    ]


def test_every_public_page_type_has_an_absolute_og_image_that_answers(client, demo):
    for prefix in ("", "/en"):
        for path in public_pages():
            response = client.get(prefix + path)
            assert response.status_code == 200, prefix + path
            page = response.content.decode()
            image = og_image(page)
            assert image.startswith("http://testserver/"), (path, image)
            for name in ("og:title", "og:description", "og:url", "og:type"):
                assert f'property="{name}"' in page, (path, name)
            assert '<meta name="twitter:card" content="summary_large_image">' in page
            fetched = client.get(image.removeprefix("http://testserver"))
            assert fetched.status_code == 200, (path, image)
            assert fetched["Content-Type"] in ("image/png", "image/jpeg"), (path, image)


def test_a_page_with_a_photo_shares_the_photo_and_one_without_a_card(client, demo):
    with_photo = ActivityReport.objects.published().filter(photos__isnull=False).first()
    photo = with_photo.photos.order_by("position", "pk").first()
    page = client.get(with_photo.get_absolute_url()).content.decode()
    assert og_image(page) == f"http://testserver{photo.image.url}"
    event_page = client.get(with_photo.event.get_absolute_url()).content.decode()
    assert og_image(event_page).startswith("http://testserver/media/photos/full/")
    bare = ActivityReport.objects.published().filter(photos__isnull=True).first()
    card = og_image(client.get(bare.get_absolute_url()).content.decode())
    assert re.fullmatch(rf"http://testserver/og/report/{bare.pk}\.png\?v=[0-9a-f]{{16}}", card)


def test_the_card_is_a_1200_by_630_png_drawn_once_then_served_from_the_cache(
    client, event, monkeypatch
):
    drawn = []
    real = og_cards.render_card
    monkeypatch.setattr(og_cards, "render_card", lambda *a: drawn.append(a) or real(*a))
    first = client.get(f"/og/event/{event.pk}.png")
    assert first.status_code == 200
    assert first["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(first.content))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    assert drawn == [(TITLE, "荒川区まちづくり", "東京の生協のまちづくり")]
    second = client.get(f"/og/event/{event.pk}.png")
    assert second.content == first.content
    assert len(drawn) == 1  # from the cache
    assert "max-age=86400" in second["Cache-Control"] and "public" in second["Cache-Control"]
    again = client.get(f"/og/event/{event.pk}.png", HTTP_IF_NONE_MATCH=second["ETag"])
    assert again.status_code == 304
    event.title = "新しい題名"
    event.save()
    client.get(f"/og/event/{event.pk}.png")
    assert len(drawn) == 2  # a changed title is a new card


def test_a_card_is_drawn_even_when_the_cache_is_down(client, event, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(og_cards.cache, "get", down)
    monkeypatch.setattr(og_cards.cache, "set", down)
    response = client.get(f"/og/event/{event.pk}.png")
    assert response.status_code == 200
    assert response.content.startswith(b"\x89PNG")


def test_a_card_is_drawn_without_the_font(client, event, monkeypatch, settings):
    og_cards.font_path.cache_clear()
    settings.OG_CARD_FONT = "/no/such/font.ttc"
    try:
        response = client.get(f"/og/event/{event.pk}.png")
    finally:
        og_cards.font_path.cache_clear()
    assert response.status_code == 200


def test_a_drafts_card_is_not_found(client, event):
    draft = EventFactory(title="まだ秘密の活動", publication=PublicationStatus.DRAFT)
    assert client.get(f"/og/event/{draft.pk}.png").status_code == 404
    report = ActivityReportFactory(event=event, publication=PublicationStatus.DRAFT)
    assert client.get(f"/og/report/{report.pk}.png").status_code == 404
    of_draft = ActivityReportFactory(event=draft)
    assert client.get(f"/og/report/{of_draft.pk}.png").status_code == 404
    assert client.get(f"/og/nothing/{event.pk}.png").status_code == 404


def test_the_site_card_is_there_for_pages_without_an_object(client):
    response = client.get("/og/site.png")
    assert response.status_code == 200
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
