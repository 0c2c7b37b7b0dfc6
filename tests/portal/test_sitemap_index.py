"""/sitemap.xml is an index of the sections' pages (portal/sitemaps.py): every page is listed,
each answers with a fixed number of queries whatever the rows, none beyond the last."""

import re

import pytest

from areas.models import PublicationStatus
from events.factories import ActivityReportFactory, EventFactory
from events.models import Event
from portal import sitemaps
from tests.portal.sitemap_reading import LOC, sitemap_pages, whole_sitemap

pytestmark = pytest.mark.django_db

SECTIONS = ["pages", "areas", "coops", "events", "reports"]


@pytest.fixture
def small_pages(monkeypatch):
    """Three URLs a page: an item's two languages fall on two pages at every other boundary."""
    monkeypatch.setattr(sitemaps.BilingualSitemap, "limit", 3)
    return 3


def test_the_sitemap_is_an_index_of_every_section(client, demo):
    response = client.get("/sitemap.xml")
    assert b"<sitemapindex" in response.content
    pages = sitemap_pages(client)
    assert [f"/sitemap-{section}.xml" for section in SECTIONS] == [
        page for page in pages if "?" not in page
    ]


def test_robots_txt_names_the_index(client, db):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_the_index_lists_every_page_of_a_section(client, db, small_pages):
    events = EventFactory.create_batch(5)  # 10 URLs: pages of 3, 3, 3, 1
    pages = [page for page in sitemap_pages(client) if page.startswith("/sitemap-events.xml")]
    assert pages == [
        "/sitemap-events.xml",
        "/sitemap-events.xml?p=2",
        "/sitemap-events.xml?p=3",
        "/sitemap-events.xml?p=4",
    ]
    listed = []
    for page in pages:
        urls = LOC.findall(client.get(page).content.decode())
        assert 1 <= len(urls) <= small_pages
        listed += urls
    expected = [f"{prefix}/events/{e.pk}/" for e in events for prefix in ("", "/en")]
    assert listed == expected


def test_every_url_keeps_its_hreflang_alternates(client, db, small_pages):
    event = EventFactory()
    xml = client.get("/sitemap-events.xml").content.decode()
    for language, prefix in (("ja", ""), ("en", "/en"), ("x-default", "")):
        alternate = f'hreflang="{language}" href="http://testserver{prefix}/events/{event.pk}/"'
        assert xml.count(alternate) == 2  # on the Japanese URL and on the English one


@pytest.mark.parametrize("page", ["?p=5", "?p=0", "?p=two"])
def test_a_page_beyond_the_last_is_not_found(client, db, small_pages, page):
    EventFactory.create_batch(5)
    assert client.get(f"/sitemap-events.xml{page}").status_code == 404


def test_an_unknown_section_is_not_found(client, db):
    assert client.get("/sitemap-drafts.xml").status_code == 404


def test_drafts_are_never_listed_on_any_page(client, db, small_pages):
    public = EventFactory.create_batch(3)
    draft = EventFactory(publication=PublicationStatus.DRAFT)
    draft_report = ActivityReportFactory(publication=PublicationStatus.DRAFT)
    report_of_a_draft = ActivityReportFactory(event=draft)
    xml = whole_sitemap(client)
    assert all(f"/events/{e.pk}/</loc>" in xml for e in public)
    assert f"/events/{draft.pk}/" not in xml
    assert draft_report.get_absolute_url() not in xml
    assert report_of_a_draft.get_absolute_url() not in xml


def test_a_page_holds_far_fewer_urls_than_the_protocol_allows():
    # 50,000 URLs and 50 MB a file; each URL here is about 370 bytes with its alternates.
    assert sitemaps.PAGE_SIZE * 400 < 1_000_000


def test_the_index_runs_one_query_per_listed_section(client, bulk, django_assert_num_queries):
    with django_assert_num_queries(4):  # areas, coops, events, reports; the pages none
        assert client.get("/sitemap.xml").status_code == 200


@pytest.mark.parametrize("section", ["areas", "coops", "events", "reports"])
def test_each_page_runs_two_queries_with_many_rows(
    client, bulk, section, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(sitemaps.BilingualSitemap, "limit", 50)
    pages = [p for p in sitemap_pages(client) if p.startswith(f"/sitemap-{section}.xml")]
    assert len(pages) > 2
    for page in (pages[0], pages[-1]):
        with django_assert_num_queries(2):  # the count, the page's rows
            response = client.get(page)
        assert response.status_code == 200
        assert 1 <= len(LOC.findall(response.content.decode())) <= 50


def test_the_pages_section_runs_no_query(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/sitemap-pages.xml").status_code == 200


def test_sitemap_pages_are_served_from_the_page_cache(client, db, page_cache):
    EventFactory()
    assert client.get("/sitemap-events.xml")["X-Page-Cache"] == "miss"
    assert client.get("/sitemap-events.xml")["X-Page-Cache"] == "hit"
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "miss"


def test_the_pages_together_list_every_public_event_once_in_each_language(
    client, demo, small_pages
):
    """Pages of three URLs cut between an item's two languages: nothing is lost or repeated."""
    xml = whole_sitemap(client)
    listed = re.findall(r"<loc>http://testserver((?:/en)?/events/\d+/)</loc>", xml)
    public = Event.objects.published().order_by("pk").values_list("pk", flat=True)
    assert listed == [f"{prefix}/events/{pk}/" for pk in public for prefix in ("", "/en")]
