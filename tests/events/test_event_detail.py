import datetime
import json
from urllib.parse import parse_qs, urlparse

import pytest
from django.utils import timezone

from coops.factories import OrganizationFactory
from events.factories import ActivityReportFactory, EventFactory, VenueFactory, local_datetime
from events.models import Recurrence
from tests.pages import json_ld, outline

pytestmark = pytest.mark.django_db


@pytest.fixture
def study(db):
    venue = VenueFactory(
        name="地域交流スペース",
        address="東京都荒川区東尾久1-2-3",
        latitude=35.7465,
        longitude=139.7737,
    )
    event = EventFactory(
        title="地域福祉の学習会",
        description="社会福祉協議会の方から学びます。",
        starts_at=local_datetime(2023, 4, 1, 13, 30),
        ends_at=local_datetime(2023, 4, 1, 15, 30),
        venue=venue,
    )
    event.organizers.add(OrganizationFactory(name="みどり生協", slug="midori"))
    return event


def test_event_page_shows_the_time_in_japanese(client, study):
    html = client.get(study.get_absolute_url()).content.decode()
    assert "2023年4月1日(土) 13:30〜15:30" in html


def test_event_page_shows_venue_address_map_link_and_organizers(client, study):
    response = client.get(study.get_absolute_url())
    html = response.content.decode()
    assert "地域交流スペース" in html
    assert "東京都荒川区東尾久1-2-3" in html
    map_url = response.context["map_url"]
    assert parse_qs(urlparse(map_url).query)["query"] == ["35.746500,139.773700"]
    assert "地図アプリで開く" in html
    assert 'href="/coops/midori/"' in html


def test_a_past_event_shows_its_activity_report(client, study):
    ActivityReportFactory(
        event=study,
        held_on=datetime.date(2023, 4, 1),
        participants=28,
        summary="質疑応答が活発でした。",
    )
    html = client.get(study.get_absolute_url()).content.decode()
    assert "この活動は終了しました。" in html
    assert "質疑応答が活発でした。" in html
    assert "参加 28人" in html
    assert 'id="report-2023-04-01"' in html


def test_a_cancelled_event_is_shown_as_cancelled(client, db):
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventFactory(title="まち歩き", starts_at=start, status="cancelled")
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "この活動は中止になりました。" in html
    assert "【中止】まち歩き" in outline(response).title
    data = json_ld(response)[0]
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def test_a_draft_event_is_404(client, db):
    event = EventFactory(publication="draft")
    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get(f"/events/{event.pk}.ics").status_code == 404


def test_unknown_event_is_404(client, db):
    assert client.get("/events/999999/").status_code == 404


def test_json_ld_is_a_schema_org_event(client, study):
    response = client.get(study.get_absolute_url())
    (data,) = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "地域福祉の学習会"
    assert data["startDate"] == "2023-04-01T13:30:00+09:00"
    assert data["endDate"] == "2023-04-01T15:30:00+09:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"] == "東京都荒川区東尾久1-2-3"
    assert data["organizer"] == [{"@type": "Organization", "name": "みどり生協"}]
    assert data["url"].endswith(study.get_absolute_url())


def test_online_event_json_ld_and_link(client, db):
    event = EventFactory(venue=None, online_url="https://example.org/meet")
    response = client.get(event.get_absolute_url())
    (data,) = json_ld(response)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/meet"}
    assert 'href="https://example.org/meet"' in response.content.decode()


def test_postponed_event_json_ld(client, db):
    event = EventFactory(status="postponed")
    (data,) = json_ld(client.get(event.get_absolute_url()))
    assert data["eventStatus"] == "https://schema.org/EventPostponed"


def test_json_ld_cannot_break_out_of_its_script(client, db):
    event = EventFactory(title="</script><script>alert(1)</script>")
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(response)[0]["name"] == "</script><script>alert(1)</script>"


def test_event_page_has_opengraph_tags(client, study):
    meta = outline(client.get(study.get_absolute_url())).meta
    assert meta["og:title"] == "地域福祉の学習会"
    assert meta["og:locale"] == "ja_JP"
    assert meta["og:url"].endswith(study.get_absolute_url())
    assert "2023年4月1日(土)" in meta["og:description"]


def test_upcoming_event_offers_ics_and_google_calendar(client, db):
    start = (timezone.localtime() + datetime.timedelta(days=10)).replace(
        hour=13, minute=30, second=0, microsecond=0
    )
    event = EventFactory(title="これからの学習会", starts_at=start)
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert f'href="/events/{event.pk}/{start.date().isoformat()}.ics"' in html
    google = parse_qs(urlparse(response.context["google_calendar_url"]).query)
    assert google["action"] == ["TEMPLATE"]
    assert google["text"] == ["これからの学習会"]
    start_utc = start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert google["dates"][0].startswith(start_utc + "/")


def test_recurring_event_page_shows_the_rule_and_next_dates(client, db):
    today = timezone.localdate()
    first = local_datetime(today.year - 1, 4, 15, 13, 30)
    event = EventFactory(
        title="毎月のカフェ",
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_DATE,
        recurrence_until=today + datetime.timedelta(days=200),
    )
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert "毎月15日に開催" in html
    assert "今後の開催日" in html
    google = parse_qs(urlparse(response.context["google_calendar_url"]).query)
    assert "recur" not in google  # the next date alone; the series is subscribed to instead
    assert f'href="webcal://testserver/events/{event.pk}.ics"' in html
    (data,) = json_ld(response)
    assert datetime.date.fromisoformat(data["startDate"][:10]) >= today


def test_english_event_page(client, study):
    response = client.get("/en" + study.get_absolute_url())
    html = response.content.decode()
    assert "Sat, April 1, 2023 13:30–15:30" in html
    assert outline(response).meta["og:locale"] == "en_US"
    json.dumps(json_ld(response))


def test_event_page_runs_a_fixed_number_of_queries(
    client, bulk_event, django_assert_max_num_queries
):
    event = bulk_event
    with django_assert_max_num_queries(8):
        assert client.get(event.get_absolute_url()).status_code == 200
