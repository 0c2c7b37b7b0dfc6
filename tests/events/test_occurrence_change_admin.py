"""Cancelling or moving one date of a series in the admin (issue 14), as a coordinator: on the
event's own page, the date chosen from the series' next dates, 中止 by default; and the
repeat rule in words once saved."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from areas.models import AreaGroup
from events.factories import EventFactory, local_datetime
from events.models import OccurrenceAction, OccurrenceChange, Recurrence
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db

PREFIX = "occurrence_changes"
FORM = "event_form"


def cafe(area_slugs=("arakawa",), **kwargs):
    """A café on the third Saturday of each month (Sunday when today is a Saturday, so that
    today is none of its dates), from a year ago to next year."""
    today = timezone.localdate()
    weekday = 6 if today.weekday() == 5 else 5
    first = datetime.date(today.year - 1, today.month, 1)
    first += datetime.timedelta(days=(weekday - first.weekday()) % 7 + 14)
    start = local_datetime(first.year, first.month, first.day, 13, 30)
    return EventFactory(
        title="毎月のカフェ",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=today + datetime.timedelta(days=400),
        area_groups=[AreaGroup.objects.get(slug=slug) for slug in area_slugs],
        **kwargs,
    )


def change_url(event):
    return reverse("admin:events_event_change", args=[event.pk])


def upcoming(event, n=0):
    return event.series_dates_from(timezone.localdate() + datetime.timedelta(days=1))[n]


def label(day):
    return date_format(day, "DATE_FORMAT")


@pytest.fixture
def coordinator(client, coordinator_a):
    client.force_login(coordinator_a)
    return client


def test_a_coordinator_cancels_one_date_by_choosing_it_and_saving(coordinator):
    event = cafe()
    day = upcoming(event)
    page = coordinator.get(change_url(event))
    html = page.content.decode()
    assert f'<option value="{day.isoformat()}">{label(day)}</option>' in html
    before = form_data(page, FORM)
    assert before[f"{PREFIX}-0-action"] == OccurrenceAction.CANCELLED  # 中止 is chosen

    # Open the event, choose the date, save: the one field changed is the date.
    data = {**before, f"{PREFIX}-0-original_date": day.isoformat()}
    assert {k for k in data if data[k] != before.get(k)} == {f"{PREFIX}-0-original_date"}
    response = coordinator.post(change_url(event), data)

    assert response.status_code == 302, response.context["errors"]
    (change,) = OccurrenceChange.objects.filter(event=event)
    assert (change.original_date, change.action) == (day, OccurrenceAction.CANCELLED)
    assert change.history.count() == 1
    assert event.next_occurrence().date == upcoming(event, 1)


def test_a_coordinator_moves_a_date_with_a_note_and_the_usual_length(coordinator):
    event = cafe()
    day = upcoming(event)
    new_day = day + datetime.timedelta(days=7)
    data = form_data(
        coordinator.get(change_url(event)),
        FORM,
        **{
            f"{PREFIX}-0-original_date": day.isoformat(),
            f"{PREFIX}-0-action": OccurrenceAction.MOVED,
            f"{PREFIX}-0-starts_at_0": new_day.strftime("%Y/%m/%d"),
            f"{PREFIX}-0-starts_at_1": "10時00分",
            f"{PREFIX}-0-note": "会場の都合により第4土曜日に変更します",
        },
    )
    response = coordinator.post(change_url(event), data)
    assert response.status_code == 302, response.context["errors"]
    change = OccurrenceChange.objects.get(event=event)
    start = local_datetime(new_day.year, new_day.month, new_day.day, 10, 0)
    assert (change.starts_at, change.ends_at) == (start, start + datetime.timedelta(hours=2))
    assert event.next_occurrence().moved_from == day


def test_a_move_without_its_new_start_comes_back_with_a_japanese_error(coordinator):
    event = cafe()
    data = form_data(
        coordinator.get(change_url(event)),
        FORM,
        **{
            f"{PREFIX}-0-original_date": upcoming(event).isoformat(),
            f"{PREFIX}-0-action": OccurrenceAction.MOVED,
        },
    )
    response = coordinator.post(change_url(event), data)
    assert response.status_code == 200
    assert "変更後の開始日時を入れてください" in response.content.decode()
    assert not OccurrenceChange.objects.exists()


def test_the_date_choices_are_the_series_next_dates_less_those_already_changed(coordinator):
    event = cafe()
    taken = upcoming(event, 0)
    OccurrenceChange.objects.create(event=event, original_date=taken)
    page = coordinator.get(change_url(event))
    extra = page.context["inline_admin_formsets"][0].formset.forms[-1]
    values = [value for value, _ in extra.fields["original_date"].choices][1:]
    assert values[0] == upcoming(event, 1).isoformat()
    assert taken.isoformat() not in values
    assert all(event.is_series_date(datetime.date.fromisoformat(v)) for v in values)
    # The row that holds the date keeps it as its choice.
    (saved,) = page.context["inline_admin_formsets"][0].formset.forms[:-1]
    assert saved.fields["original_date"].choices[1] == (taken.isoformat(), label(taken))


def test_a_posted_date_that_is_not_offered_is_refused(coordinator):
    event = cafe()
    not_a_date = upcoming(event) + datetime.timedelta(days=1)
    data = form_data(
        coordinator.get(change_url(event)),
        FORM,
        **{f"{PREFIX}-0-original_date": not_a_date.isoformat()},
    )
    response = coordinator.post(change_url(event), data)
    assert response.status_code == 200
    assert not OccurrenceChange.objects.exists()


def test_a_coordinator_cannot_change_a_date_of_another_areas_event(
    client, coordinator_a, coordinator_b
):
    kita = cafe(area_slugs=("kita",))
    client.force_login(coordinator_b)
    data = form_data(
        client.get(change_url(kita)),
        FORM,
        **{f"{PREFIX}-0-original_date": upcoming(kita).isoformat()},
    )
    client.force_login(coordinator_a)
    assert client.get(change_url(kita)).status_code == 404
    assert client.post(change_url(kita), data).status_code == 404
    assert not OccurrenceChange.objects.exists()


def test_a_coordinator_cannot_change_a_date_of_a_joint_event_with_another_area(
    client, coordinator_a, secretariat
):
    joint = cafe(area_slugs=("arakawa", "kita"))
    client.force_login(secretariat)
    data = form_data(
        client.get(change_url(joint)),
        FORM,
        **{f"{PREFIX}-0-original_date": upcoming(joint).isoformat()},
    )
    client.force_login(coordinator_a)
    assert client.post(change_url(joint), data).status_code == 403
    assert not OccurrenceChange.objects.exists()


def test_a_stale_date_change_is_refused(coordinator):
    event = cafe()
    change = OccurrenceChange.objects.create(event=event, original_date=upcoming(event))
    data = form_data(coordinator.get(change_url(event)), FORM)
    change.note = "別の人が書きました"
    change.save()
    response = coordinator.post(change_url(event), {**data, f"{PREFIX}-0-note": "私の入力"})
    assert response.status_code == 200
    assert "別の人がこの内容を変更して保存しています" in response.content.decode()
    change.refresh_from_db()
    assert change.note == "別の人が書きました"


def test_a_one_off_event_has_no_date_changes_but_its_status(coordinator):
    event = EventFactory(area_groups=[AreaGroup.objects.get(slug="arakawa")])
    html = coordinator.get(change_url(event)).content.decode()
    assert f"{PREFIX}-TOTAL_FORMS" not in html
    assert "繰り返しの内容" not in html


def test_the_saved_repeat_rule_is_shown_in_words_with_the_next_date(coordinator):
    event = cafe()
    html = coordinator.get(change_url(event)).content.decode()
    assert "繰り返しの内容" in html
    assert event.recurrence_label in ("毎月第3土曜日", "毎月第3日曜日")
    assert f"{event.recurrence_label}（次回 {label(event.next_occurrence().date)}）" in html


def test_the_changelist_names_the_week_and_weekday_not_the_kind_of_repeat(coordinator):
    event = cafe()
    html = coordinator.get(reverse("admin:events_event_changelist")).content.decode()
    assert event.recurrence_label in html
    assert "毎月（第◯◯曜日）" not in html.split('id="result_list"')[1]


def test_the_event_admin_page_runs_the_same_queries_with_one_date_change_or_six(coordinator):
    event = cafe()
    OccurrenceChange.objects.create(event=event, original_date=upcoming(event, 0))
    coordinator.get(change_url(event))  # warm the per-process caches first
    with CaptureQueriesContext(connection) as one:
        assert coordinator.get(change_url(event)).status_code == 200
    for n in range(1, 6):
        OccurrenceChange.objects.create(event=event, original_date=upcoming(event, n))
    with CaptureQueriesContext(connection) as six:
        assert coordinator.get(change_url(event)).status_code == 200
    assert len(six) == len(one)
