"""The help pages (issue 16): subscribing in Google カレンダー, on an iPhone and on Android,
with the area's calendar address ready to copy; and what a feed reader is."""

import pytest

from areas.factories import AreaGroupFactory
from coops.factories import OrganizationFactory
from tests.pages import headings_in_order, outline

pytestmark = pytest.mark.django_db


@pytest.fixture
def arakawa(db):
    return AreaGroupFactory(slug="arakawa", name="荒川区")


def test_the_calendar_help_names_the_steps_for_google_iphone_and_android(client, db):
    response = client.get("/help/calendar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "「他のカレンダー」" in html
    assert "「URLで追加」" in html
    assert "「照会するカレンダーを追加」" in html
    assert "Android" in html
    # The address of all activities, in a labelled read-only field.
    assert '<label for="calendar-url">' in html
    field = '<input id="calendar-url" type="url" value="http://testserver/events.ics" readonly>'
    assert field in html
    assert 'href="webcal://testserver/events.ics"' in html


def test_the_calendar_help_gives_the_areas_address_to_copy(client, arakawa):
    html = client.get("/help/calendar/?area=arakawa").content.decode()
    assert 'value="http://testserver/areas/arakawa/events.ics" readonly' in html
    assert 'href="webcal://testserver/areas/arakawa/events.ics"' in html
    assert "荒川区のカレンダー" in html


def test_the_calendar_help_gives_a_coops_address_to_copy(client, db):
    OrganizationFactory(slug="midori", name="みどり生協")
    html = client.get("/help/calendar/?coop=midori").content.decode()
    assert 'value="http://testserver/coops/midori/events.ics" readonly' in html


@pytest.mark.parametrize("slug", ["no-such-area", "../../etc", "荒川", "x" * 300, "a%00b"])
def test_an_unknown_or_malformed_area_gives_the_general_page(client, arakawa, slug):
    response = client.get("/help/calendar/", {"area": slug})
    assert response.status_code == 200
    assert 'value="http://testserver/events.ics" readonly' in response.content.decode()


def test_the_feeds_help_explains_a_feed_reader_and_offers_the_addresses(client, db):
    html = client.get("/help/feeds/").content.decode()
    assert "RSSリーダー" in html
    assert '<label for="atom-url">' in html
    assert '<input id="atom-url" type="url" value="http://testserver/feed.atom" readonly>' in html
    assert 'href="webcal://testserver/events.ics"' in html
    assert 'href="/help/calendar/"' in html


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/help/calendar/", "カレンダーアプリで予定を見る"),
        ("/en/help/calendar/", "Adding our dates to your calendar app"),
        ("/help/feeds/", "新着情報をRSSリーダーで読む"),
        ("/en/help/feeds/", "Reading what is new in a feed reader"),
    ],
)
def test_the_help_pages_render_in_both_languages(client, arakawa, url, heading):
    response = client.get(url, {"area": "arakawa"})
    assert response.status_code == 200
    page = outline(response)
    assert headings_in_order(page.headings)
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert 'href="webcal://testserver/' in html


def test_the_calendar_help_with_an_area_runs_a_fixed_number_of_queries(
    client, arakawa, django_assert_num_queries
):
    AreaGroupFactory.create_batch(5)
    with django_assert_num_queries(1):
        assert client.get("/help/calendar/?area=arakawa").status_code == 200
