"""Preview is the public page: an event's and a report's preview render events/event_detail.html
with the public view's own context (repeat rule, next dates, goals, calendar buttons), marked
as a preview, never indexed nor cached; from a saved draft and from the admin form before
saving, which stores nothing. Another area's rows do not exist for a coordinator here."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from areas.factories import GoalFactory
from areas.models import Charter, PublicationStatus
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import ActivityReport, Event, Recurrence
from portal.page_cache import _storable
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db

ADD_PREVIEW = reverse("admin:events_event_add_preview")


def next_year_saturday():
    """The third Saturday of next June, 13:30 (a date every test run finds in the future)."""
    year = timezone.localdate().year + 1
    day = datetime.date(year, 6, 1)
    day += datetime.timedelta(days=(5 - day.weekday()) % 7 + 14)
    return local_datetime(year, 6, day.day, 13, 30)


@pytest.fixture
def monthly_draft(area_rows):
    """荒川区's monthly café, a draft, with a goal."""
    starts = next_year_saturday()
    event = EventFactory(
        title="荒川の月例カフェ",
        area_groups=[area_rows["arakawa"]["areagroup"]],
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=starts.date() + datetime.timedelta(days=200),
        publication=PublicationStatus.DRAFT,
    )
    event.goals.add(GoalFactory(charter=Charter.objects.first(), text="ひとりぼっちにしない"))
    return event


def assert_is_a_marked_public_page(response):
    html = response.content.decode()
    assert response.status_code == 200
    assert "events/event_detail.html" in [t.name for t in response.templates]
    assert 'id="preview-banner"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not _storable(response)  # the page cache never keeps it


def test_the_saved_draft_preview_shows_the_repeat_rule_next_dates_goals_and_calendar_buttons(
    client, coordinator_a, monthly_draft
):
    client.force_login(coordinator_a)
    response = client.get(reverse("staff:event_preview", args=[monthly_draft.pk]))
    assert_is_a_marked_public_page(response)
    html = response.content.decode()
    assert "毎月第3土曜日に開催" in html
    assert "今後の開催日" in html and len(response.context["next_occurrences"]) == 6
    assert "ひとりぼっちにしない" in html
    assert reverse("events:event_ics", args=[monthly_draft.pk]) in html
    assert "下書きプレビュー" in html


def test_the_public_page_and_the_preview_have_the_same_context(client, coordinator_a, area_rows):
    event = EventFactory(area_groups=[area_rows["arakawa"]["areagroup"]])
    public = client.get(reverse("events:detail", args=[event.pk]))
    client.force_login(coordinator_a)
    preview = client.get(reverse("staff:event_preview", args=[event.pk]))
    assert set(public.context.keys()) | {"preview"} == set(preview.context.keys())
    assert "公開中のページのプレビュー" in preview.content.decode()


def test_a_preview_is_never_stored_in_nor_served_from_the_page_cache(
    client, coordinator_a, monthly_draft, settings
):
    settings.PAGE_CACHE_SECONDS = 60
    client.force_login(coordinator_a)
    client.get(reverse("staff:event_preview", args=[monthly_draft.pk]))
    client.logout()
    client.cookies.clear()
    response = client.get(reverse("staff:event_preview", args=[monthly_draft.pk]))
    assert response.status_code == 302  # sent to sign in, not a stored copy
    assert "X-Page-Cache" not in response
    assert "荒川の月例カフェ" not in response.content.decode()
    assert not any("portal:page:" in str(key) for key in getattr(cache, "_cache", {}))


def test_a_coordinator_cannot_preview_another_areas_report(client, coordinator_b, area_rows):
    client.force_login(coordinator_b)
    report = area_rows["arakawa"]["activityreport"]
    assert client.get(reverse("staff:report_preview", args=[report.pk])).status_code == 404
    assert client.get(reverse("staff:report_preview", args=[10**30])).status_code == 404


def test_a_draft_reports_preview_shows_it_on_its_events_public_page(
    client, coordinator_a, area_rows
):
    report = area_rows["arakawa"]["activityreport"]
    report.summary = "下書きの報告文です。"
    report.save()
    other_draft = ActivityReportFactory(
        event=report.event,
        held_on=report.held_on + datetime.timedelta(days=7),
        summary="別の下書き",
        publication=PublicationStatus.DRAFT,
    )
    client.force_login(coordinator_a)
    response = client.get(reverse("staff:report_preview", args=[report.pk]))
    assert_is_a_marked_public_page(response)
    html = response.content.decode()
    assert "下書きの報告文です。" in html
    assert other_draft.summary not in html  # only the report previewed joins the public ones


def test_the_change_form_offers_a_preview_button_opening_a_new_tab(
    client, coordinator_a, monthly_draft
):
    client.force_login(coordinator_a)
    response = client.get(reverse("admin:events_event_change", args=[monthly_draft.pk]))
    html = response.content.decode()
    url = reverse("admin:events_event_preview", args=[monthly_draft.pk])
    assert f'formaction="{url}" formtarget="_blank"' in html
    assert 'value="プレビュー"' in html
    add = client.get(reverse("admin:events_event_add")).content.decode()
    assert f'formaction="{ADD_PREVIEW}"' in add


def new_event_data(client, group, **changes):
    page = client.get(reverse("admin:events_event_add"))
    start = next_year_saturday()
    typed = {
        "title": "保存前の新しいカフェ",
        "kind": "cafe",
        "starts_at_0": start.strftime("%Y-%m-%d"),
        "starts_at_1": "13:30",
        "ends_at_0": start.strftime("%Y-%m-%d"),
        "ends_at_1": "15:30",
        "area_groups": [str(group.pk)],
        "recurrence": Recurrence.MONTHLY_WEEKDAY,
        "recurrence_until": (start + datetime.timedelta(days=200)).strftime("%Y-%m-%d"),
    }
    return form_data(page, "event_form", **(typed | changes))


def database_state():
    return (
        Event.objects.count(),
        Event.history.count(),
        ActivityReport.objects.count(),
        ActivityReport.history.count(),
        list(Event.objects.order_by("pk").values_list("pk", "title", "version")),
    )


def test_previewing_an_unsaved_new_event_shows_the_typed_title_and_repeat_rule_and_stores_nothing(
    client, coordinator_a, area_rows
):
    client.force_login(coordinator_a)
    data = new_event_data(client, area_rows["arakawa"]["areagroup"])
    before = database_state()
    response = client.post(ADD_PREVIEW, data)
    assert_is_a_marked_public_page(response)
    html = response.content.decode()
    assert "保存前の新しいカフェ" in html
    assert "毎月第3土曜日に開催" in html
    assert "保存前のプレビュー" in html
    assert database_state() == before


def test_previewing_an_unsaved_change_stores_nothing(client, coordinator_a, monthly_draft):
    client.force_login(coordinator_a)
    url = reverse("admin:events_event_change", args=[monthly_draft.pk])
    data = form_data(client.get(url), "event_form", title="書きかけの新しい題名")
    before = database_state()
    response = client.post(reverse("admin:events_event_preview", args=[monthly_draft.pk]), data)
    assert_is_a_marked_public_page(response)
    assert "書きかけの新しい題名" in response.content.decode()
    assert database_state() == before
    monthly_draft.refresh_from_db()
    assert monthly_draft.title == "荒川の月例カフェ"
    # The form is still good for a real save: the version did not move.
    assert client.post(url, data).status_code == 302


def test_an_invalid_form_shows_what_to_fix_not_an_error(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    data = new_event_data(client, area_rows["arakawa"]["areagroup"], title="", ends_at_1="")
    before = database_state()
    response = client.post(ADD_PREVIEW, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "プレビューできませんでした" in html
    assert "名称" in html
    assert database_state() == before


def test_a_coordinator_cannot_preview_with_another_areas_group(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    data = new_event_data(client, area_rows["kita"]["areagroup"])
    response = client.post(ADD_PREVIEW, data)
    assert "プレビューできませんでした" in response.content.decode()
    assert "保存前の新しいカフェ" not in response.content.decode()


def test_a_coordinator_cannot_form_preview_another_areas_event(client, coordinator_b, area_rows):
    client.force_login(coordinator_b)
    event = area_rows["arakawa"]["event"]
    url = reverse("admin:events_event_preview", args=[event.pk])
    assert client.post(url, {"title": "乗っ取り"}).status_code == 404
    assert client.post(url.replace(str(event.pk), "abc"), {}).status_code == 404


def test_a_resident_cannot_form_preview(client, resident, area_rows):
    client.force_login(resident)
    response = client.post(ADD_PREVIEW, {"title": "x"})
    assert response.status_code == 302 and "login" in response.url


def test_the_form_preview_answers_only_posts(client, coordinator_a, monthly_draft):
    client.force_login(coordinator_a)
    assert client.get(ADD_PREVIEW).status_code == 405


def queries_of(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_reports_with_photos(event, count):
    from events.models import Photo
    from tests.imagefiles import image_bytes, upload

    first = timezone.localtime(event.starts_at).date()
    for week in range(1, count + 1):
        report = ActivityReportFactory(event=event, held_on=first + datetime.timedelta(weeks=week))
        for _ in range(2):
            Photo.objects.create(report=report, image=upload(image_bytes()), alt_text="写真")


def test_previews_run_as_many_queries_with_many_reports_as_with_one(
    client, coordinator_a, monthly_draft, area_rows
):
    client.force_login(coordinator_a)
    add_reports_with_photos(monthly_draft, 1)
    report = monthly_draft.reports.first()
    event_url = reverse("staff:event_preview", args=[monthly_draft.pk])
    report_url = reverse("staff:report_preview", args=[report.pk])
    few = queries_of(client, event_url), queries_of(client, report_url)
    monthly_draft.reports.all().delete()
    add_reports_with_photos(monthly_draft, 6)
    report = monthly_draft.reports.first()
    report_url = reverse("staff:report_preview", args=[report.pk])
    assert (queries_of(client, event_url), queries_of(client, report_url)) == few
    assert max(few) <= 16


def test_previewing_an_unsaved_report_shows_it_on_the_event_page_and_stores_nothing(
    client, coordinator_a, area_rows
):
    report = area_rows["arakawa"]["activityreport"]
    client.force_login(coordinator_a)
    url = reverse("admin:events_activityreport_change", args=[report.pk])
    data = form_data(client.get(url), "activityreport_form", summary="書きかけの報告です。")
    html = client.get(url).content.decode()
    assert reverse("admin:events_activityreport_preview", args=[report.pk]) in html
    before = database_state(), list(ActivityReport.objects.values_list("summary", "version"))
    response = client.post(reverse("admin:events_activityreport_preview", args=[report.pk]), data)
    assert_is_a_marked_public_page(response)
    assert "書きかけの報告です。" in response.content.decode()
    after = database_state(), list(ActivityReport.objects.values_list("summary", "version"))
    assert after == before
