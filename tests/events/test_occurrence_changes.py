"""One date of a series cancelled or moved (issue 14): the rule, the occurrences, the pages,
the .ics feed and the calendar links.

The café repeats 毎月第3土曜日 13:30–15:30 from 2026年4月18日 to 2027年3月31日; the
pages' tests use a café running around today instead, since they list what is to come.
"""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format
from icalendar import Calendar

from events import services
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import Event, OccurrenceAction, OccurrenceChange, Recurrence

pytestmark = pytest.mark.django_db

CANCELLED, MOVED = OccurrenceAction.CANCELLED, OccurrenceAction.MOVED
D = datetime.date


def cafe(**kwargs):
    first = kwargs.pop("first", local_datetime(2026, 4, 18, 13, 30))
    return EventFactory(
        title="毎月のカフェ",
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=kwargs.pop("until", D(2027, 3, 31)),
        **kwargs,
    )


def third(weekday, year, month) -> D:
    first = D(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 14)


def running_cafe(**kwargs):
    """A café on the third Saturday (Sunday when today is a Saturday: today is never one of
    its dates, so "the next dates" do not hang on the hour) that began a year ago and goes
    on for more than a year."""
    today = timezone.localdate()
    weekday = 6 if today.weekday() == 5 else 5
    start = third(weekday, today.year - 1, today.month)
    return cafe(
        first=local_datetime(start.year, start.month, start.day, 13, 30),
        until=today + datetime.timedelta(days=500),
        **kwargs,
    )


def cancel(event, day, note="会場の都合により中止します"):
    return OccurrenceChange.objects.create(
        event=event, original_date=day, action=CANCELLED, note=note
    )


def move(event, day, starts_at, note="会場の都合により第4土曜日に変更します"):
    return OccurrenceChange.objects.create(
        event=event,
        original_date=day,
        action=MOVED,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        note=note,
    )


def local(day, hour=0, minute=0):
    return local_datetime(day.year, day.month, day.day, hour, minute)


def fresh(event):
    return Event.objects.get(pk=event.pk)


# --- the rule -----------------------------------------------------------------------


def test_a_change_must_name_a_date_of_the_series():
    change = OccurrenceChange(event=cafe(), original_date=D(2027, 1, 23), action=CANCELLED)
    with pytest.raises(ValidationError) as error:
        change.full_clean()
    assert error.value.message_dict["original_date"] == [
        "2027年1月23日(土)は、この活動の繰り返しの開催日ではありません。"
    ]


def test_a_date_of_the_series_can_be_cancelled():
    change = OccurrenceChange(event=cafe(), original_date=D(2027, 1, 16), note="雪のため")
    change.full_clean()  # 中止 is the default
    assert change.action == CANCELLED


def test_a_one_off_event_is_cancelled_by_its_status_not_by_a_date_change():
    event = EventFactory(starts_at=local_datetime(2027, 1, 16, 13, 30))
    change = OccurrenceChange(event=event, original_date=D(2027, 1, 16), action=CANCELLED)
    with pytest.raises(ValidationError) as error:
        change.full_clean()
    assert "開催状況" in error.value.message_dict["original_date"][0]


def test_a_move_needs_its_new_start():
    change = OccurrenceChange(event=cafe(), original_date=D(2027, 1, 16), action=MOVED)
    with pytest.raises(ValidationError) as error:
        change.full_clean()
    assert "変更後の開始日時" in error.value.message_dict["starts_at"][0]


def test_a_date_cannot_be_moved_onto_another_date_of_the_series():
    change = OccurrenceChange(
        event=cafe(),
        original_date=D(2027, 1, 16),
        action=MOVED,
        starts_at=local_datetime(2027, 2, 20, 13, 30),
    )
    with pytest.raises(ValidationError) as error:
        change.full_clean()
    message = error.value.message_dict["starts_at"][0]
    assert "2027年2月20日(土)は、すでにこの活動の開催日です" in message


def test_a_date_may_move_to_another_time_on_its_own_day():
    change = OccurrenceChange(
        event=cafe(),
        original_date=D(2027, 1, 16),
        action=MOVED,
        starts_at=local_datetime(2027, 1, 16, 10, 0),
    )
    change.full_clean()


def test_a_move_without_an_end_keeps_the_usual_length():
    change = OccurrenceChange(
        event=cafe(),
        original_date=D(2027, 1, 16),
        action=MOVED,
        starts_at=local_datetime(2027, 1, 23, 10, 0),
    )
    change.full_clean()
    assert change.ends_at == local_datetime(2027, 1, 23, 12, 0)


def test_a_move_cannot_end_before_it_starts():
    change = OccurrenceChange(
        event=cafe(),
        original_date=D(2027, 1, 16),
        action=MOVED,
        starts_at=local_datetime(2027, 1, 23, 10, 0),
        ends_at=local_datetime(2027, 1, 23, 9, 0),
    )
    with pytest.raises(ValidationError) as error:
        change.full_clean()
    assert "ends_at" in error.value.message_dict


def test_a_date_is_changed_once_only():
    event = cafe()
    cancel(event, D(2027, 1, 16))
    second = OccurrenceChange(event=event, original_date=D(2027, 1, 16), action=CANCELLED)
    with pytest.raises(ValidationError):
        second.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()


# --- the occurrences ------------------------------------------------------------------


def test_a_cancelled_date_stays_listed_marked_with_its_note():
    event = cafe()
    cancel(event, D(2027, 1, 16), note="雪のため中止します")
    found = fresh(event).occurrences_between(local(D(2027, 1, 1)), local(D(2027, 3, 1)))
    assert [(o.date, o.cancelled, o.note) for o in found] == [
        (D(2027, 1, 16), True, "雪のため中止します"),
        (D(2027, 2, 20), False, ""),
    ]


def test_a_moved_date_is_at_its_new_time_and_names_the_date_it_replaces():
    event = cafe()
    move(event, D(2027, 1, 16), local_datetime(2027, 1, 23, 10, 0))
    found = fresh(event).occurrences_between(local(D(2027, 1, 1)), local(D(2027, 2, 1)))
    assert [(o.starts_at, o.moved_from, o.cancelled) for o in found] == [
        (local_datetime(2027, 1, 23, 10, 0), D(2027, 1, 16), False)
    ]
    assert found[0].ends_at == local_datetime(2027, 1, 23, 12, 0)
    assert found[0].note == "会場の都合により第4土曜日に変更します"


def test_a_date_moved_out_of_the_window_leaves_it_and_one_moved_in_joins_it():
    event = cafe()
    move(event, D(2027, 1, 16), local_datetime(2027, 2, 6, 13, 30))
    event = fresh(event)
    january = event.occurrences_between(local(D(2027, 1, 1)), local(D(2027, 2, 1)))
    february = event.occurrences_between(local(D(2027, 2, 1)), local(D(2027, 3, 1)))
    assert january == []
    assert [o.date for o in february] == [D(2027, 2, 6), D(2027, 2, 20)]


def test_the_last_date_moved_past_the_series_end_is_still_found_by_the_listings():
    event = cafe()
    move(event, D(2027, 3, 20), local_datetime(2027, 4, 3, 13, 30))
    april = (local(D(2027, 4, 1)), local(D(2027, 5, 1)))
    assert list(Event.objects.overlapping(*april)) == [event]
    found = services.occurrences_in(Event.objects.all(), *april)
    assert [(o.date, o.moved_from) for o in found] == [(D(2027, 4, 3), D(2027, 3, 20))]
    assert fresh(event).occurrences()[-1].date == D(2027, 4, 3)


def test_the_next_occurrence_skips_a_cancelled_date_and_takes_a_moved_one():
    event = cafe()
    cancel(event, D(2026, 12, 19))
    move(event, D(2027, 1, 16), local_datetime(2027, 1, 23, 13, 30))
    event = fresh(event)
    now = local_datetime(2026, 12, 1, 9, 0)
    upcoming = event.next_occurrence(now)
    assert (upcoming.date, upcoming.moved_from) == (D(2027, 1, 23), D(2027, 1, 16))


def test_a_report_may_be_for_a_moved_date_but_not_for_a_cancelled_one():
    event = cafe()
    cancel(event, D(2026, 12, 19))
    move(event, D(2027, 1, 16), local_datetime(2027, 1, 23, 13, 30))
    event = fresh(event)
    assert event.is_occurrence_date(D(2027, 1, 23))
    assert not event.is_occurrence_date(D(2027, 1, 16))
    assert not event.is_occurrence_date(D(2026, 12, 19))
    assert event.is_occurrence_date(D(2027, 2, 20))
    ActivityReportFactory.build(event=event, held_on=D(2027, 1, 23)).clean()
    with pytest.raises(ValidationError) as error:
        ActivityReportFactory.build(event=event, held_on=D(2026, 12, 19)).clean()
    assert "held_on" in error.value.message_dict


def test_a_move_whose_date_the_edited_rule_no_longer_gives_is_ignored():
    event = cafe()
    move(event, D(2027, 1, 16), local_datetime(2027, 1, 23, 13, 30))
    # The coordinator corrects the rule to 第2土曜日: 1月16日 is no longer a date of the series.
    Event.objects.filter(pk=event.pk).update(
        starts_at=local_datetime(2026, 4, 11, 13, 30), ends_at=local_datetime(2026, 4, 11, 15, 30)
    )
    found = fresh(event).occurrences_between(local(D(2027, 1, 1)), local(D(2027, 2, 1)))
    assert [(o.date, o.moved_from) for o in found] == [(D(2027, 1, 9), None)]


# --- the pages ---------------------------------------------------------------------------


def next_two_dates(event):
    return event.series_dates_from(timezone.localdate() + datetime.timedelta(days=1))[:2]


def test_the_event_page_lists_a_cancelled_and_a_moved_date_with_their_notes(client):
    event = running_cafe()
    first, second = next_two_dates(event)
    cancel(event, first, note="会場点検のため休みます")
    moved_to = second + datetime.timedelta(days=7)
    move(event, second, local(moved_to, 10, 0), note="第4土曜日に変更します")

    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    dates = response.context["next_occurrences"]
    assert [(o.date, o.cancelled, o.moved_from) for o in dates[:2]] == [
        (first, True, None),
        (moved_to, False, second),
    ]
    assert "この日は中止" in html and "会場点検のため休みます" in html
    assert "日時変更" in html and "第4土曜日に変更します" in html
    assert f"（{date_format(second, 'DATE_FORMAT')}から変更）" in html
    # What the page is about is the next date that takes place: the moved one.
    assert response.context["occurrence"].starts_at == local(moved_to, 10, 0)
    data = response.context["json_ld"]
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["startDate"] == local(moved_to, 10, 0).isoformat()
    assert data["previousStartDate"] == local(second, 13, 30).isoformat()


def test_the_list_marks_a_cancelled_date_and_finds_a_moved_one_by_its_new_date(client):
    event = running_cafe()
    first, second = next_two_dates(event)
    cancel(event, first)
    moved_to = second + datetime.timedelta(days=7)
    move(event, second, local(moved_to, 13, 30))

    response = client.get(f"/events/?date_from={first}&date_to={first}")
    (occurrence,) = response.context["page"].object_list
    assert occurrence.cancelled and "この日は中止" in response.content.decode()

    response = client.get(f"/events/?date_from={moved_to}&date_to={moved_to}")
    (occurrence,) = response.context["page"].object_list
    assert occurrence.moved_from == second
    assert "日時変更" in response.content.decode()
    assert (
        client.get(f"/events/?date_from={second}&date_to={second}").context["page"].object_list
        == []
    )


def test_the_calendar_shows_a_moved_date_on_its_new_day_and_marks_a_cancelled_one(client):
    event = running_cafe()
    first, second = next_two_dates(event)
    cancel(event, first)
    moved_to = second + datetime.timedelta(days=7)
    move(event, second, local(moved_to, 13, 30))
    for day in (first, second):
        response = client.get(f"/events/calendar/{day.year}/{day.month}/")
        days = {d: found for week in response.context["weeks"] for d, found in week}
        if day == first:
            assert [o.cancelled for o in days[first]] == [True]
            assert "この日は中止" in response.content.decode()
        else:
            assert days[second] == []
            assert [o.moved_from for o in days[moved_to]] == [second]


def series_with_changes(count):
    for _ in range(count):
        event = running_cafe()
        first, second = next_two_dates(event)
        cancel(event, first)
        move(event, second, local(second + datetime.timedelta(days=7), 13, 30))


def queries(client, url) -> int:
    client.get(url)  # warm the per-process caches first
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("page", ["list", "calendar", "home", "ics"])
def test_pages_read_the_changes_of_many_series_in_one_query(client, page):
    today = timezone.localdate()
    url = {
        "list": "/events/",
        "calendar": f"/events/calendar/{today.year}/{today.month}/",
        "home": "/",
        "ics": "/events.ics",
    }[page]
    EventFactory(starts_at=local(today + datetime.timedelta(days=3), 10))
    without = queries(client, url)
    series_with_changes(1)
    one = queries(client, url)
    series_with_changes(9)
    ten = queries(client, url)
    assert ten == one <= without + 1
    assert one <= 10


# --- the .ics feed and the calendar links ----------------------------------------------


def expanded(vevents) -> list[datetime.datetime]:
    """The starts a calendar app shows: the RRULE less its EXDATEs, each RECURRENCE-ID
    replaced by its own VEVENT's start."""
    (master,) = [v for v in vevents if "RRULE" in v]
    starts = rrulestr(
        master["RRULE"].to_ical().decode(), dtstart=master.decoded("DTSTART"), forceset=True
    )
    exdates = master.get("EXDATE", [])
    for exdate in exdates if isinstance(exdates, list) else [exdates]:
        for value in exdate.dts:
            starts.exdate(value.dt)
    found = set(starts)
    for override in (v for v in vevents if "RECURRENCE-ID" in v):
        found.discard(override.decoded("RECURRENCE-ID"))
        found.add(override.decoded("DTSTART"))
    return sorted(found)


def test_the_ics_excludes_a_cancelled_date_and_overrides_a_moved_one(client):
    event = cafe()
    cancel(event, D(2026, 12, 19))
    move(event, D(2027, 1, 16), local_datetime(2027, 1, 23, 10, 0), note="第4土曜日に変更")

    calendar = Calendar.from_ical(client.get(f"/events/{event.pk}.ics").content)
    vevents = list(calendar.walk("VEVENT"))
    assert len(vevents) == 2
    master, moved = vevents
    assert str(moved["UID"]) == str(master["UID"])
    assert moved.decoded("RECURRENCE-ID") == local_datetime(2027, 1, 16, 13, 30)
    assert moved.decoded("DTSTART") == local_datetime(2027, 1, 23, 10, 0)
    assert moved.decoded("DTEND") == local_datetime(2027, 1, 23, 12, 0)
    assert "RRULE" not in moved
    assert "第4土曜日に変更" in str(moved["DESCRIPTION"])
    # The moved date is no EXDATE: only the cancelled one is.
    assert [v.dt for v in master["EXDATE"].dts] == [local_datetime(2026, 12, 19, 13, 30)]

    starts = expanded(vevents)
    assert starts == [o.starts_at for o in fresh(event).occurrences() if not o.cancelled]
    assert local_datetime(2027, 1, 23, 10, 0) in starts
    assert local_datetime(2026, 12, 19, 13, 30) not in starts
    assert local_datetime(2027, 1, 16, 13, 30) not in starts


def test_the_site_feed_carries_the_changes_too(client):
    event = running_cafe()
    first, second = next_two_dates(event)
    cancel(event, first)
    move(event, second, local(second + datetime.timedelta(days=7), 13, 30))
    vevents = list(Calendar.from_ical(client.get("/events.ics").content).walk("VEVENT"))
    assert len(vevents) == 2
    starts = expanded(vevents)
    assert local(first, 13, 30) not in starts
    assert local(second + datetime.timedelta(days=7), 13, 30) in starts


def google(response) -> dict:
    return parse_qs(urlparse(response.context["google_calendar_url"]).query)


def stamp(value) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def test_the_google_link_does_not_offer_a_cancelled_next_date(client):
    event = running_cafe()
    first, second = next_two_dates(event)
    cancel(event, first)
    link = google(client.get(event.get_absolute_url()))
    assert link["dates"][0].startswith(stamp(local(second, 13, 30)) + "/")
    assert "recur" not in link  # the date alone: Google's rule cannot leave a date out


def test_the_google_link_for_a_moved_next_date_uses_its_new_time(client):
    event = running_cafe()
    first, _ = next_two_dates(event)
    moved_to = local(first + datetime.timedelta(days=7), 10, 0)
    move(event, first, moved_to)
    link = google(client.get(event.get_absolute_url()))
    assert link["dates"] == [f"{stamp(moved_to)}/{stamp(moved_to + datetime.timedelta(hours=2))}"]
    assert "recur" not in link  # the moved date alone: the rule would start the series there
