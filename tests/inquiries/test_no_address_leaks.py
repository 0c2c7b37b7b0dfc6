"""A resident's address, name and phone (a message) and name and contact (a voice) appear on
no public page, feed or sitemap, in either language, and never enter the page cache; the form
pages themselves are never stored there (they carry a CSRF token)."""

import pytest
from django.core.cache import cache

from events.factories import ActivityReportFactory, EventFactory
from events.models import EventKind
from plans.factories import AreaPlanFactory
from plans.models import VoiceSubmission
from tests.inquiries.conftest import ADDRESS

pytestmark = pytest.mark.django_db

SECRETS = [ADDRESS, "山田花子", "090-1234-5678", "ichiro.sato@example.net", "佐藤一郎"]
PUBLIC_PAGES = [
    "/",
    "/areas/",
    "/areas/arakawa/",
    "/areas/arakawa/contact/",
    "/areas/arakawa/contact/sent/",
    "/areas/arakawa/plan/",
    "/areas/arakawa/voice/",
    "/areas/arakawa/voice/sent/",
    "/plans/",
    "/events/",
    "/feed.atom",
    "/events.ics",
    "/areas/arakawa/events.ics",
    "/sitemap.xml",
    "/sitemap-events.xml",
    "/sitemap-reports.xml",
]


@pytest.fixture
def sent(arakawa, send, client):
    AreaPlanFactory(area_group=arakawa)
    cafe = EventFactory(kind=EventKind.WATAMACHI_CAFE)
    cafe.area_groups.set([arakawa])
    ActivityReportFactory(event=cafe)
    send()
    client.post(
        "/areas/arakawa/voice/",
        {"body": "声です", "name": "佐藤一郎", "contact": "ichiro.sato@example.net"},
    )
    assert VoiceSubmission.objects.count() == 1


def _stored_bytes() -> bytes:
    """Everything the (local-memory) cache holds, as the pickled bytes it keeps."""
    return b"\n".join(cache._cache.values())


def test_no_public_page_or_feed_shows_a_residents_personal_data(client, sent, page_cache):
    for prefix in ("", "/en"):
        for url in PUBLIC_PAGES:
            if prefix and url.startswith("/sitemap"):
                continue  # one sitemap for both languages
            response = client.get(prefix + url)
            assert response.status_code == 200, prefix + url
            body = b"".join(response) if response.streaming else response.content
            text = body.decode(errors="replace")
            assert not [s for s in SECRETS if s in text], prefix + url


def test_the_page_cache_never_holds_a_residents_data_nor_a_form_page(client, sent, page_cache):
    client.cookies.clear()
    for url in PUBLIC_PAGES:
        client.get(url)
        client.cookies.clear()
    assert client.get("/areas/").headers.get("X-Page-Cache") == "hit"  # the cache is on
    stored = _stored_bytes()
    assert "ホーム".encode() in stored  # pages are there, in clear
    assert not [s for s in SECRETS if s.encode() in stored]
    for form in ("/areas/arakawa/contact/", "/areas/arakawa/voice/"):
        response = client.get(form)
        assert response.headers.get("X-Page-Cache") != "hit"
        assert "no-cache" in response.headers["Cache-Control"]
