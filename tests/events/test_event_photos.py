"""Photos on public pages: an event's own photos and its reports', in three sizes with alt text."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from areas.factories import AreaGroupFactory
from areas.models import PublicationStatus
from core import images
from events.factories import ActivityReportFactory, EventFactory
from events.models import Photo
from tests.imagefiles import image_bytes, upload

pytestmark = pytest.mark.django_db


def make_photo(alt_text, *, event=None, report=None, size=(1200, 800), position=0):
    cleaned = images.sanitize(upload(image_bytes("JPEG", size=size)))
    return Photo.objects.create(
        event=event, report=report, image=cleaned, alt_text=alt_text, position=position
    )


@pytest.fixture
def event_with_photos(db):
    event = EventFactory(title="親子で防災まち歩き")
    report = ActivityReportFactory(event=event, held_on=datetime.date(2023, 5, 20))
    flyer = make_photo("まち歩きのチラシ", event=event)
    walk = make_photo("公園で防災マップを広げる参加者たち", report=report, position=1)
    make_photo("集合写真", report=report, position=0)
    return event, report, flyer, walk


def test_the_event_page_shows_the_events_and_its_reports_photos(client, event_with_photos):
    event, report, flyer, walk = event_with_photos
    html = client.get(event.get_absolute_url()).content.decode()
    event_photos = html[html.index('id="event-photos"') : html.index('id="reports-heading"')]
    assert 'alt="まち歩きのチラシ"' in event_photos
    assert "公園で防災マップ" not in event_photos  # a report's photo goes with its report
    report_photos = html[html.index(f'id="report-{report.pk}-photos"') :]
    # In their order, each with its sizes (no layout shift) and the three renditions.
    assert report_photos.index('alt="集合写真"') < report_photos.index('alt="公園で防災マップ')
    assert f'width="{walk.card_width}" height="{walk.card_height}"' in report_photos
    assert (walk.card_width, walk.card_height) == (800, 533)
    assert f"{walk.thumbnail.url} 320w" in report_photos
    assert f"{walk.image.url} 1200w" in report_photos
    assert f'src="{flyer.card.url}"' in event_photos


def test_the_english_event_page_shows_the_photos_with_their_japanese_alt_text(
    client, event_with_photos
):
    event, report, _flyer, _walk = event_with_photos
    html = client.get("/en" + event.get_absolute_url()).content.decode()
    assert ">Photos</h2>" in html
    assert 'alt="公園で防災マップを広げる参加者たち"' in html
    assert f'id="report-{report.pk}-photos" lang="ja"' in html


def test_an_unpublished_events_photos_are_not_shown_anywhere(client, event_with_photos):
    event, _report, _flyer, _walk = event_with_photos
    event.publication = PublicationStatus.DRAFT
    event.save()
    assert client.get(event.get_absolute_url()).status_code == 404
    assert "公園で防災マップ" not in client.get("/").content.decode()


def test_an_event_without_photos_has_no_photo_section(client):
    event = EventFactory()
    ActivityReportFactory(event=event)
    html = client.get(event.get_absolute_url()).content.decode()
    assert 'id="photos-heading"' not in html
    assert "photo-grid" not in html


def test_recent_reports_on_the_home_page_show_their_first_photo(client, event_with_photos):
    _event, _report, _flyer, _walk = event_with_photos
    html = client.get("/").content.decode()
    recent = html[html.index('id="reports-heading"') :]
    assert 'alt="集合写真"' in recent
    assert 'alt="公園で防災マップ' not in recent  # only the first of the report's photos


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # count the page's own queries on every request


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_event_page_takes_the_same_queries_with_many_photos(client, no_page_cache):
    small = EventFactory()
    make_photo("一枚", report=ActivityReportFactory(event=small), size=(40, 30))
    large = EventFactory()
    for day in range(1, 7):
        report = ActivityReportFactory(event=large, held_on=datetime.date(2023, 6, day))
        for n in range(3):
            make_photo(f"{day}日の写真{n}", report=report, size=(40, 30), position=n)
        make_photo(f"案内{day}", event=large, size=(40, 30))
    assert queries_for(client, large.get_absolute_url()) == queries_for(
        client, small.get_absolute_url()
    )
    assert queries_for(client, large.get_absolute_url()) <= 8


def test_the_home_page_takes_the_same_queries_with_photos_on_every_report(client, no_page_cache):
    make_photo("写真", report=ActivityReportFactory(held_on=datetime.date(2023, 6, 1)))
    one = queries_for(client, "/")
    for day in range(2, 7):
        report = ActivityReportFactory(held_on=datetime.date(2023, 6, day))
        make_photo(f"{day}日の写真", report=report, size=(40, 30))
        make_photo(f"{day}日の写真その2", report=report, size=(40, 30), position=1)
    html = client.get("/").content.decode()
    assert html.count('class="report-item-photo"') == 5
    assert queries_for(client, "/") == one


def test_an_area_pages_reports_show_their_first_photo(client):
    group = AreaGroupFactory()
    event = EventFactory(area_groups=[group])
    make_photo("まち歩きのチラシ", event=event)
    report = ActivityReportFactory(event=event)
    make_photo("集合写真", report=report)
    html = client.get(group.get_absolute_url()).content.decode()
    assert 'alt="集合写真"' in html
    assert 'alt="まち歩きのチラシ"' not in html  # the event's own photo stays on its page
