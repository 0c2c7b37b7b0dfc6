"""An activity report's own page: its photos open full size with a plain link; a draft, a
report of an unpublished event and a report under another event's id are not there."""

import datetime

import pytest

from areas.factories import AreaGroupFactory
from areas.models import PublicationStatus
from core import images
from events.factories import ActivityReportFactory, EventFactory
from events.models import Photo
from tests.imagefiles import image_bytes, upload
from tests.portal.sitemap_reading import whole_sitemap

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT


def make_photo(report, alt_text, *, caption="", position=0, size=(1600, 1000)):
    cleaned = images.sanitize(upload(image_bytes("JPEG", size=size)))
    return Photo.objects.create(
        report=report, image=cleaned, alt_text=alt_text, caption=caption, position=position
    )


@pytest.fixture
def report():
    area = AreaGroupFactory(name="荒川区まちづくり", slug="arakawa-test")
    event = EventFactory(title="親子で防災まち歩き", area_groups=[area])
    return ActivityReportFactory(
        event=event,
        held_on=datetime.date(2023, 5, 20),
        participants=17,
        summary="公園で防災マップを広げました。",
    )


def test_the_report_page_shows_its_photos_each_linked_to_the_full_size_image(client, report):
    walk = make_photo(report, "公園で防災マップを広げる参加者たち", caption="避難所まで歩きました")
    group = make_photo(report, "集合写真", position=1)
    response = client.get(f"/events/{report.event_id}/reports/{report.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1><span>親子で防災まち歩き</span>" in html
    assert "2023年5月20日(土)" in html  # the project's date format
    assert "17人" in html and "公園で防災マップを広げました。" in html
    assert "荒川区まちづくり" in html
    for photo in (walk, group):
        # A plain link to the full image around the sized (card) picture: no JavaScript.
        assert f'<a class="photo-link" href="{photo.image.url}"><img src="{photo.card.url}"' in html
        assert f'alt="{photo.alt_text}"' in html
    assert "<figcaption>避難所まで歩きました</figcaption>" in html
    assert html.index('alt="公園で防災マップ') < html.index('alt="集合写真"')


def test_the_full_size_photo_is_served_to_everyone(client, report):
    photo = make_photo(report, "公園で防災マップを広げる参加者たち")
    response = client.get(photo.image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert (photo.width, photo.card_width) == (1600, 800)  # the link opens the larger one


def test_the_english_report_page_lives_under_en(client, report):
    response = client.get(f"/en/events/{report.event_id}/reports/{report.pk}/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_a_draft_report_is_not_found_and_not_in_the_sitemap(client, report):
    report.publication = DRAFT
    report.save()
    assert client.get(report.get_absolute_url()).status_code == 404
    assert report.get_absolute_url() not in whole_sitemap(client)


def test_a_published_report_is_in_the_sitemap_in_both_languages(client, report):
    sitemap = whole_sitemap(client)
    assert f"/events/{report.event_id}/reports/{report.pk}/</loc>" in sitemap
    assert f"/en/events/{report.event_id}/reports/{report.pk}/" in sitemap


def test_a_report_of_an_unpublished_event_is_not_found(client, report):
    report.event.publication = DRAFT
    report.event.save()
    assert client.get(report.get_absolute_url()).status_code == 404


def test_a_report_under_another_events_id_is_not_found(client, report):
    other = EventFactory(title="別の活動")
    assert client.get(f"/events/{other.pk}/reports/{report.pk}/").status_code == 404


def test_the_event_page_and_the_area_page_link_to_the_reports_own_page(client, report):
    url = f"/events/{report.event_id}/reports/{report.pk}/"
    assert report.get_absolute_url() == url
    assert f'href="{url}"' in client.get(report.event.get_absolute_url()).content.decode()
    area = report.event.area_groups.get()
    assert f'href="{url}"' in client.get(area.get_absolute_url()).content.decode()


def test_the_atom_feed_links_to_the_reports_own_page(client, report):
    feed = client.get("/feed.atom").content.decode()
    assert f"/events/{report.event_id}/reports/{report.pk}/" in feed


def test_the_report_page_runs_a_fixed_number_of_queries_whatever_its_photos(
    client, report, django_assert_num_queries
):
    url = report.get_absolute_url()
    client.get(url)  # warm per-process caches
    for position in range(5):
        make_photo(report, f"写真{position}", position=position, size=(900, 600))
    second_area = AreaGroupFactory(name="北区まちづくり", slug="kita-test")
    report.event.area_groups.add(second_area)
    # The report with its event and venue, the event's areas, the report's photos.
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.content.decode().count('class="photo-link"') == 5


def test_photos_on_another_media_host_keep_their_own_absolute_address(client, report, settings):
    """Object storage (or a CDN) gives absolute media URLs: the link and og:image keep them."""
    settings.MEDIA_URL = "https://media.example.net/media/"
    photo = make_photo(report, "公園で防災マップを広げる参加者たち")
    assert photo.image.url.startswith("https://media.example.net/media/photos/full/")
    html = client.get(report.get_absolute_url()).content.decode()
    assert f'<a class="photo-link" href="{photo.image.url}">' in html
    assert f'<meta property="og:image" content="{photo.image.url}">' in html
