"""iCalendar feeds (parsed back with the icalendar package), the Atom feed, sitemap and robots."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from dateutil.rrule import rrulestr
from django.utils import timezone
from icalendar import Calendar

from areas.factories import AreaGroupFactory
from coops.factories import OrganizationFactory
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import Event, Recurrence
from tests.portal.sitemap_reading import whole_sitemap

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def soon(days):
    return timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)


def vevents(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_event_ics_is_a_downloadable_rfc5545_calendar(client, db):
    event = EventFactory(
        title="学習会",
        starts_at=local_datetime(2023, 4, 1, 13, 30),
        ends_at=local_datetime(2023, 4, 1, 15, 30),
    )
    response = client.get(f"/events/{event.pk}.ics")
    assert 'attachment; filename="event-' in response["Content-Disposition"]
    calendar, (vevent,) = vevents(response)
    assert calendar["VERSION"] == "2.0"
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"
    assert str(vevent["SUMMARY"]) == "学習会"
    start = vevent.decoded("DTSTART")
    assert start == local_datetime(2023, 4, 1, 13, 30)
    assert vevent["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=2)
    assert "東京都荒川区" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(f"/events/{event.pk}/")
    assert calendar.walk("VTIMEZONE"), "the time zone is described for calendar apps"


def test_uids_are_stable_between_downloads(client, db):
    event = EventFactory(starts_at=soon(3))
    first = vevents(client.get("/events.ics"))[1][0]["UID"]
    second = vevents(client.get("/events.ics"))[1][0]["UID"]
    assert first == second == f"event-{event.pk}@testserver"


def test_a_recurring_event_carries_the_same_dates_as_the_pages(client, db):
    event = EventFactory(
        title="毎月のカフェ",
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        ends_at=local_datetime(2023, 4, 15, 15, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2023, 12, 31),
    )
    _, (vevent,) = vevents(client.get(f"/events/{event.pk}.ics"))
    rule = vevent["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYDAY"] == ["3SA"]
    start = vevent.decoded("DTSTART")
    dates = [d.date() for d in rrulestr(rule.to_ical().decode(), dtstart=start)]
    assert dates == [o.date for o in event.occurrences()]
    assert len(dates) == 9


@pytest.mark.parametrize("kind", [Recurrence.WEEKLY, Recurrence.MONTHLY_DATE])
def test_other_recurrences_match_the_pages_too(client, db, kind):
    event = EventFactory(
        starts_at=local_datetime(2024, 1, 31, 23, 30),
        ends_at=local_datetime(2024, 2, 1, 0, 30),
        recurrence=kind,
        recurrence_until=datetime.date(2024, 6, 30),
    )
    _, (vevent,) = vevents(client.get(f"/events/{event.pk}.ics"))
    start = vevent.decoded("DTSTART")
    dates = [d.date() for d in rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start)]
    assert dates == [o.date for o in event.occurrences()]


def test_cancelled_events_stay_in_the_feed_marked_cancelled(client, db):
    EventFactory(title="まち歩き", starts_at=soon(4), status="cancelled")
    _, (vevent,) = vevents(client.get("/events.ics"))
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert "中止" in str(vevent["SUMMARY"])


def test_site_feed_leaves_out_drafts_and_old_events(client, db):
    EventFactory(title="公開", starts_at=soon(2))
    EventFactory(title="下書き", starts_at=soon(2), publication="draft")
    EventFactory(title="三年前", starts_at=soon(-1000))
    _, items = vevents(client.get("/events.ics"))
    assert [str(v["SUMMARY"]) for v in items] == ["公開"]


def test_area_and_coop_feeds_hold_only_their_events(client, db):
    north, south = AreaGroupFactory(slug="north"), AreaGroupFactory(slug="south")
    coop = OrganizationFactory(slug="green")
    EventFactory(title="北の活動", starts_at=soon(2), area_groups=[north]).organizers.add(coop)
    EventFactory(title="南の活動", starts_at=soon(2), area_groups=[south])
    _, items = vevents(client.get("/areas/north/events.ics"))
    assert [str(v["SUMMARY"]) for v in items] == ["北の活動"]
    _, items = vevents(client.get("/coops/green/events.ics"))
    assert [str(v["SUMMARY"]) for v in items] == ["北の活動"]
    assert client.get("/areas/nowhere/events.ics").status_code == 404
    assert client.get("/coops/nobody/events.ics").status_code == 404


def test_atom_feed_lists_new_events_and_reports(client, db):
    event = EventFactory(title="新しい学習会", starts_at=soon(5))
    ActivityReportFactory(
        event=EventFactory(title="終わった学習会", starts_at=local_datetime(2023, 9, 9, 10)),
        summary="28人が参加しました。",
    )
    response = client.get("/feed.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert "新しい学習会" in titles
    assert "実施報告: 終わった学習会（2023年9月9日(土)）" in titles
    links = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    assert any(link.endswith(event.get_absolute_url()) for link in links)


def test_sitemap_lists_pages_in_both_languages(client, demo):
    xml = whole_sitemap(client)
    assert "http://testserver/areas/arakawa/" in xml
    assert "http://testserver/en/areas/arakawa/" in xml
    assert 'hreflang="en"' in xml
    event = Event.objects.get(title="荒川コープカフェ")
    assert f"http://testserver/events/{event.pk}/" in xml
    assert "http://testserver/coops/coop-mirai/" in xml


def test_sitemap_leaves_out_draft_events(client, db):
    draft = EventFactory(publication="draft")
    assert f"/events/{draft.pk}/" not in whole_sitemap(client)


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/events.ics", 3),
        ("/areas/arakawa/events.ics", 3),
        ("/coops/coop-mirai/events.ics", 3),
        ("/feed.atom", 5),
        ("/sitemap.xml", 5),
    ],
)
def test_feeds_run_a_fixed_number_of_queries(
    client, bulk, url, limit, django_assert_max_num_queries
):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


def test_event_ics_runs_a_fixed_number_of_queries(
    client, bulk_event, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        assert client.get(f"/events/{bulk_event.pk}.ics").status_code == 200
