"""「この日をカレンダーに追加」 and 「毎回の予定を購読」 (issue 16): the next date that takes
place (Google link and a one-date .ics), the series by webcal://, nothing on a cancelled date.

The café repeats on the third Saturday from 2023年4月15日 and runs past today, so its next
date is always ahead (the tests read "now" from the clock, as the project's tests do).
"""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from django.utils import timezone
from icalendar import Calendar

from areas.factories import AreaGroupFactory
from coops.factories import OrganizationFactory
from events.factories import EventFactory, local_datetime
from events.models import OccurrenceAction, OccurrenceChange, Recurrence

pytestmark = pytest.mark.django_db


@pytest.fixture
def cafe(db):
    first = local_datetime(2023, 4, 15, 13, 30)
    return EventFactory(
        title="荒川コープカフェ",
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=timezone.localdate() + datetime.timedelta(days=500),
    )


def stamp(value) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def google(response) -> dict:
    return parse_qs(urlparse(response.context["calendar"].google_url).query)


def cancel(event, day):
    OccurrenceChange.objects.create(
        event=event, original_date=day, action=OccurrenceAction.CANCELLED, note="会場の都合"
    )


def move(event, day, starts_at):
    OccurrenceChange.objects.create(
        event=event,
        original_date=day,
        action=OccurrenceAction.MOVED,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
    )


def vevents(response):
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


def test_the_google_link_is_for_the_next_date_not_the_first_of_2023(client, cafe):
    upcoming = cafe.next_occurrence()
    link = google(client.get(cafe.get_absolute_url()))
    assert link["dates"] == [f"{stamp(upcoming.starts_at)}/{stamp(upcoming.ends_at)}"]
    assert not link["dates"][0].startswith("2023")
    assert link["ctz"] == ["Asia/Tokyo"]
    assert "recur" not in link


def test_the_google_link_is_the_date_the_page_shows(client, cafe):
    response = client.get(cafe.get_absolute_url())
    assert response.context["calendar"].occurrence == response.context["occurrence"]


def test_a_cancelled_next_date_is_skipped(client, cafe):
    first, second = cafe.occurrences_between(timezone.now(), far())[:2]
    cancel(cafe, first.date)
    response = client.get(cafe.get_absolute_url())
    assert google(response)["dates"][0].startswith(stamp(second.starts_at) + "/")
    html = response.content.decode()
    assert f'href="/events/{cafe.pk}/{second.date.isoformat()}.ics"' in html
    assert f'href="/events/{cafe.pk}/{first.date.isoformat()}.ics"' not in html


def test_a_moved_next_date_is_offered_at_its_new_time(client, cafe):
    first = cafe.next_occurrence()
    moved_to = first.starts_at + datetime.timedelta(days=7, hours=-3)
    move(cafe, first.date, moved_to)
    response = client.get(cafe.get_absolute_url())
    assert google(response)["dates"][0].startswith(stamp(moved_to) + "/")
    (vevent,) = vevents(client.get(response.context["calendar"].ics_url))
    assert vevent["DTSTART"].dt == moved_to


def far():
    return timezone.now() + datetime.timedelta(days=200)


def test_the_one_date_ics_has_one_vevent_for_that_date_and_no_rule(client, cafe):
    upcoming = cafe.next_occurrence()
    response = client.get(f"/events/{cafe.pk}/{upcoming.date.isoformat()}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    (vevent,) = vevents(response)
    assert vevent["DTSTART"].dt == upcoming.starts_at
    assert vevent["DTEND"].dt == upcoming.ends_at
    assert "RRULE" not in vevent
    assert "EXDATE" not in vevent
    assert str(vevent["UID"]) == f"event-{cafe.pk}-{upcoming.date:%Y%m%d}@testserver"
    assert str(vevent["SUMMARY"]) == "荒川コープカフェ"


def test_the_one_date_ics_is_404_for_a_cancelled_date(client, cafe):
    upcoming = cafe.next_occurrence()
    cancel(cafe, upcoming.date)
    assert client.get(f"/events/{cafe.pk}/{upcoming.date.isoformat()}.ics").status_code == 404


def test_the_one_date_ics_is_404_for_a_day_the_event_does_not_take_place(client, cafe):
    upcoming = cafe.next_occurrence().date
    other = upcoming + datetime.timedelta(days=1)
    assert client.get(f"/events/{cafe.pk}/{other.isoformat()}.ics").status_code == 404
    assert client.get(f"/events/{cafe.pk}/2027-02-30.ics").status_code == 404


def test_the_one_date_ics_is_404_for_a_date_moved_away(client, cafe):
    first = cafe.next_occurrence()
    move(cafe, first.date, first.starts_at + datetime.timedelta(days=7))
    assert client.get(f"/events/{cafe.pk}/{first.date.isoformat()}.ics").status_code == 404
    new_day = (first.date + datetime.timedelta(days=7)).isoformat()
    assert client.get(f"/events/{cafe.pk}/{new_day}.ics").status_code == 200


def test_the_one_date_ics_is_404_for_a_cancelled_event_or_a_draft(client, db):
    start = timezone.now() + datetime.timedelta(days=3)
    cancelled = EventFactory(starts_at=start, status="cancelled")
    draft = EventFactory(starts_at=start, publication="draft")
    day = timezone.localtime(start).date().isoformat()
    assert client.get(f"/events/{cancelled.pk}/{day}.ics").status_code == 404
    assert client.get(f"/events/{draft.pk}/{day}.ics").status_code == 404


def test_the_series_is_subscribed_by_webcal_on_the_requests_host(client, cafe, settings):
    settings.ALLOWED_HOSTS = ["machizukuri.example.jp"]
    response = client.get(cafe.get_absolute_url(), HTTP_HOST="machizukuri.example.jp")
    html = response.content.decode()
    assert "毎回の予定を購読" in html
    assert f'href="webcal://machizukuri.example.jp/events/{cafe.pk}.ics"' in html
    assert f'href="http://machizukuri.example.jp/events/{cafe.pk}.ics"' in html


@pytest.mark.parametrize("status", ["cancelled", "postponed"])
def test_a_cancelled_or_postponed_one_off_event_offers_nothing_to_add(client, db, status):
    event = EventFactory(starts_at=timezone.now() + datetime.timedelta(days=3), status=status)
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert "calendar.google.com" not in html
    assert "この日をカレンダーに追加" not in html
    assert ".ics" not in html.split("<footer")[0].split("</head>")[1]
    assert response.context["calendar"].reason in html


def test_a_past_one_off_event_offers_nothing_to_add(client, db):
    event = EventFactory(starts_at=timezone.now() - datetime.timedelta(days=30))
    html = client.get(event.get_absolute_url()).content.decode()
    assert "calendar.google.com" not in html
    assert "この日をカレンダーに追加" not in html


def test_a_series_with_every_remaining_date_cancelled_offers_nothing(client, db):
    today = timezone.localdate()
    first = local_datetime(2023, 4, 15, 13, 30)
    event = EventFactory(
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        recurrence=Recurrence.WEEKLY,
        recurrence_until=today + datetime.timedelta(days=13),
    )
    for occurrence in event.occurrences_between(timezone.now(), far()):
        cancel(event, occurrence.date)
    html = client.get(event.get_absolute_url()).content.decode()
    assert "calendar.google.com" not in html
    assert "webcal://" not in html


def test_each_listed_date_has_its_own_add_link(client, cafe):
    response = client.get(cafe.get_absolute_url())
    html = response.content.decode()
    for occurrence in response.context["next_occurrences"]:
        assert f'href="/events/{cafe.pk}/{occurrence.date.isoformat()}.ics"' in html


def test_the_area_page_offers_webcal_on_the_requests_host(client, cafe, settings):
    settings.ALLOWED_HOSTS = ["machizukuri.example.jp"]
    group = AreaGroupFactory(slug="arakawa")
    cafe.area_groups.add(group)
    html = client.get(group.get_absolute_url(), HTTP_HOST="machizukuri.example.jp").content
    html = html.decode()
    assert f'href="webcal://machizukuri.example.jp/areas/{group.slug}/events.ics"' in html
    assert f'href="/areas/{group.slug}/events.ics"' in html  # the https download stays
    assert f'href="/help/calendar/?area={group.slug}"' in html


def test_the_coop_page_offers_webcal(client, cafe):
    coop = OrganizationFactory(slug="midori")
    cafe.organizers.add(coop)
    html = client.get(coop.get_absolute_url()).content.decode()
    assert 'href="webcal://testserver/coops/midori/events.ics"' in html
    assert 'href="/help/calendar/?coop=midori"' in html


def test_the_footer_says_it_in_plain_words(client, db):
    html = client.get("/help/feeds/").content.decode()
    footer = html.split("<footer")[1]
    assert "新着フィード（Atom）" not in footer
    assert "カレンダー（iCalendar）" not in footer
    assert '<a href="/help/feeds/">新着情報をRSSリーダーで読む</a>' in footer
    assert '<a href="/help/calendar/">予定をカレンダーアプリで見る</a>' in footer
