"""Reports as drafts: an activity report is 下書き until published, like themes and events.

A draft report (or a published report of a draft event) shows on no public path: the event
page, the area page, the home page, the Atom feed, the yearly booklet's figures, the plan
page, nor its photos' files; the 事務局 dashboard counts it as still to report. The admin
lists 公開状況 and publishes and unpublishes the coordinator's own reports only. Reports
that existed before the field are published by the migration.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus
from booklet import dashboard
from booklet.services import build_report, collect
from events.factories import ActivityReportFactory, EventFactory
from events.models import ActivityReport, Photo
from tests.imagefiles import image_bytes, upload

pytestmark = pytest.mark.django_db

DRAFT_TEXT = "まだ公開していない報告の本文"
PUBLIC_TEXT = "公開した報告の本文"


@pytest.fixture
def arakawa(tokyo_areas):
    return AreaGroup.objects.get(slug="arakawa")


@pytest.fixture
def reports(arakawa):
    """A published event of 荒川区 (FY2023) with a published report and a draft one."""
    event = EventFactory(area_groups=[arakawa])
    published = ActivityReportFactory(event=event, summary=PUBLIC_TEXT, participants=11)
    draft = ActivityReportFactory(
        event=event,
        held_on=published.held_on.replace(day=published.held_on.day + 1),
        summary=DRAFT_TEXT,
        participants=7,
        publication=PublicationStatus.DRAFT,
    )
    return {"event": event, "published": published, "draft": draft}


def test_a_new_report_is_a_draft(arakawa):
    event = EventFactory(area_groups=[arakawa])
    report = ActivityReport.objects.create(
        event=event, held_on=event.starts_at.date(), participants=3, summary="x"
    )
    assert report.publication == PublicationStatus.DRAFT
    assert not ActivityReport.objects.published().filter(pk=report.pk).exists()


def test_a_published_report_of_a_draft_event_is_not_public(arakawa):
    event = EventFactory(area_groups=[arakawa], publication=PublicationStatus.DRAFT)
    report = ActivityReportFactory(event=event)
    assert report.is_published
    assert not ActivityReport.objects.published().exists()


def test_the_event_page_shows_the_published_report_only(client, reports):
    html = client.get(reverse("events:detail", args=[reports["event"].pk])).content.decode()
    assert PUBLIC_TEXT in html
    assert DRAFT_TEXT not in html


def test_the_area_page_shows_no_draft_report(client, reports):
    html = client.get(reverse("areas:detail", args=["arakawa"])).content.decode()
    assert PUBLIC_TEXT in html
    assert DRAFT_TEXT not in html


def test_the_home_page_shows_no_draft_report(client, reports):
    html = client.get(reverse("home")).content.decode()
    assert PUBLIC_TEXT in html
    assert DRAFT_TEXT not in html


def test_the_atom_feed_carries_no_draft_report(client, reports):
    xml = client.get(reverse("events:atom")).content.decode()
    assert PUBLIC_TEXT in xml
    assert DRAFT_TEXT not in xml


def test_the_booklet_counts_only_published_reports(reports):
    totals = build_report(2023)["figures"]["totals"]
    assert totals["reports"] == 1
    assert totals["participants"] == 11


def test_the_dashboard_counts_a_draft_report_as_still_to_report(reports, arakawa):
    YearlyThemeFactory(area_group=arakawa, fiscal_year=2023)
    rows = {row["slug"]: row for row in dashboard.group_statuses(collect(2023))}
    assert rows["arakawa"]["reports"] == 1  # the draft is not counted as reported


def test_a_draft_reports_photo_file_is_not_served_to_the_public(client, reports):
    photo = Photo.objects.create(report=reports["draft"], image=upload(image_bytes()), alt_text="x")
    url = reverse("media", args=[photo.image.name])
    assert client.get(url).status_code == 404
    reports["draft"].publication = PublicationStatus.PUBLISHED
    reports["draft"].save()
    assert client.get(url).status_code == 200


def test_the_plan_page_shows_no_draft_gathering_report(client, arakawa):
    from events.models import EventKind
    from plans.factories import RaisedVoiceFactory

    cafe = EventFactory(area_groups=[arakawa], kind=EventKind.WATAMACHI_CAFE)
    draft = ActivityReportFactory(event=cafe, publication=PublicationStatus.DRAFT)
    RaisedVoiceFactory(report=draft, text="下書きの報告で出た声")
    published = ActivityReportFactory(
        event=cafe, held_on=draft.held_on.replace(day=draft.held_on.day + 1)
    )
    RaisedVoiceFactory(report=published, text="公開の報告で出た声")
    html = client.get(reverse("area_plan", args=["arakawa"])).content.decode()
    assert "公開の報告で出た声" in html
    assert "下書きの報告で出た声" not in html


def test_the_report_list_in_the_admin_shows_its_publication(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    response = client.get(reverse("admin:events_activityreport_changelist"))
    html = response.content.decode()
    assert "column-publication" in html and "下書き" in html
    report = area_rows["arakawa"]["activityreport"]
    assert reverse("staff:report_preview", args=[report.pk]) in html


def test_a_coordinator_publishes_their_report_but_not_another_areas(
    client, coordinator_a, area_rows
):
    mine = area_rows["arakawa"]["activityreport"]
    theirs = area_rows["kita"]["activityreport"]
    client.force_login(coordinator_a)
    response = client.post(
        reverse("admin:events_activityreport_changelist"),
        {"action": "publish", "_selected_action": [mine.pk, theirs.pk]},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.publication == PublicationStatus.PUBLISHED
    assert theirs.publication == PublicationStatus.DRAFT
    assert mine.history.first().publication == PublicationStatus.PUBLISHED
    client.post(
        reverse("admin:events_activityreport_changelist"),
        {"action": "unpublish", "_selected_action": [mine.pk]},
    )
    mine.refresh_from_db()
    assert mine.publication == PublicationStatus.DRAFT


@pytest.mark.django_db(transaction=True)
def test_reports_that_existed_before_drafts_stay_published():
    before, after = [("events", "0007_occurrence_changes")], [("events", "0008_report_publication")]
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(before)
        old = executor.loader.project_state(before).apps
        event = old.get_model("events", "Event").objects.create(
            title="昔の活動",
            kind="cafe",
            starts_at="2023-06-17T04:30:00Z",
            ends_at="2023-06-17T06:30:00Z",
            publication="published",
        )
        report = old.get_model("events", "ActivityReport").objects.create(
            event=event, held_on="2023-06-17", participants=4, summary="昔の報告"
        )
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        assert ActivityReport.objects.get(pk=report.pk).publication == PublicationStatus.PUBLISHED
    finally:
        # Back to the latest state of every app: going back to `before` also took out the
        # migrations that depend on it (the later events ones, sign-ups…).
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    new = ActivityReport.objects.create(event_id=event.pk, held_on="2023-06-18", participants=1)
    assert new.publication == PublicationStatus.DRAFT


def test_the_demo_and_generated_reports_are_published(demo):
    from django.core.management import call_command

    assert ActivityReport.objects.exists()
    assert not ActivityReport.objects.exclude(publication=PublicationStatus.PUBLISHED).exists()
    call_command("generate_data", scale=2, verbosity=0)  # the demo and one generated batch
    assert not ActivityReport.objects.exclude(publication=PublicationStatus.PUBLISHED).exists()
