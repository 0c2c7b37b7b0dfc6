"""The calendar feeds hold only the events with a date in their window (events/feed_window.py):
from 90 days ago to a year ahead. A series overlapping the window is in, with its rule."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from icalendar import Calendar

from areas.factories import AreaGroupFactory
from areas.models import AreaGroup
from coops.factories import OrganizationFactory
from coops.models import Organization
from events.factories import EventFactory
from events.feed_window import FEED_DAYS_BEFORE, FEED_YEARS_AHEAD
from events.feeds import LatestFeed
from events.models import Recurrence, SignupMethod

pytestmark = pytest.mark.django_db

FEEDS = ("/events.ics", "/areas/north/events.ics", "/coops/green/events.ics")


def days(n: int) -> datetime.datetime:
    return timezone.now().replace(microsecond=0) + datetime.timedelta(days=n)


@pytest.fixture
def north():
    return AreaGroupFactory(slug="north")


@pytest.fixture
def green():
    return OrganizationFactory(slug="green")


def event(title, starts_at, north, green, **kwargs):
    created = EventFactory(title=title, starts_at=starts_at, area_groups=[north], **kwargs)
    created.organizers.add(green)
    return created


def summaries(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    items = Calendar.from_ical(response.content).walk("VEVENT")
    return {str(item["SUMMARY"]): item for item in items}


def test_the_window_is_ninety_days_back_and_a_year_ahead():
    assert (FEED_DAYS_BEFORE, FEED_YEARS_AHEAD) == (90, 1)


@pytest.mark.parametrize("url", FEEDS)
def test_a_one_off_event_two_years_ago_is_not_in_the_calendars(client, north, green, url):
    event("二年前の学習会", days(-730), north, green)
    event("来週の学習会", days(7), north, green)
    assert list(summaries(client, url)) == ["来週の学習会"]


@pytest.mark.parametrize("url", FEEDS)
def test_a_one_off_event_three_years_ahead_is_not_in_the_calendars(client, north, green, url):
    event("三年先の催し", days(3 * 365), north, green)
    event("来週の学習会", days(7), north, green)
    assert list(summaries(client, url)) == ["来週の学習会"]


@pytest.mark.parametrize("url", FEEDS)
def test_the_window_starts_ninety_days_back(client, north, green, url):
    event("四か月前のカフェ", days(-120), north, green)
    event("二か月前のカフェ", days(-60), north, green)
    event("十一か月先のカフェ", days(330), north, green)
    assert sorted(summaries(client, url)) == ["二か月前のカフェ", "十一か月先のカフェ"]


@pytest.mark.parametrize("url", FEEDS)
def test_a_current_series_is_in_the_calendars_with_its_rule(client, north, green, url):
    started = days(-400)
    event(
        "毎週のカフェ",
        started,
        north,
        green,
        recurrence=Recurrence.WEEKLY,
        recurrence_until=(started + datetime.timedelta(days=600)).date(),
    )
    item = summaries(client, url)["毎週のカフェ"]
    assert item["RRULE"]["FREQ"] == ["WEEKLY"]
    assert item.decoded("DTSTART") == timezone.localtime(started)


@pytest.mark.parametrize("url", FEEDS)
def test_a_series_that_ended_before_the_window_is_not_in(client, north, green, url):
    started = days(-400)
    event(
        "終わった毎週のカフェ",
        started,
        north,
        green,
        recurrence=Recurrence.WEEKLY,
        recurrence_until=(started + datetime.timedelta(days=200)).date(),
    )
    event("来週の学習会", days(7), north, green)
    assert list(summaries(client, url)) == ["来週の学習会"]


@pytest.mark.parametrize("url", ["/help/feeds/", "/help/calendar/"])
def test_the_help_pages_say_what_the_calendar_holds(client, db, url):
    text = client.get(url).content.decode()
    assert "カレンダーには、過去90日から1年先までの予定が入ります。" in text


def test_the_atom_feed_holds_only_the_latest_entries(client, bulk):
    root = ET.fromstring(client.get("/feed.atom").content)
    entries = list(root.iter("{http://www.w3.org/2005/Atom}entry"))
    assert len(entries) == LatestFeed.size == 30


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # The events, their moved and cancelled dates, the groups of phoned sign-ups.
        ("/events.ics", 3),
        # The same after the area or co-op itself.
        ("/areas/arakawa/events.ics", 4),
        ("/coops/coop-mirai/events.ics", 4),
        # Events, reports, and the area groups of each.
        ("/feed.atom", 4),
    ],
)
def test_feeds_run_a_pinned_number_of_queries_with_many_rows(
    client, bulk, url, queries, django_assert_num_queries
):
    phoned = EventFactory(
        starts_at=days(7),
        signup_method=SignupMethod.PHONE,
        area_groups=[AreaGroup.objects.get(slug="arakawa")],
    )
    phoned.organizers.add(Organization.objects.get(slug="coop-mirai"))
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
