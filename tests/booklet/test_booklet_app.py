"""The yearly booklet is its own app: the model, its permissions and its history moved with it.

`PublishedReport` was `portal`'s; it is `booklet`'s now, on the same table. The content type
is renamed, not recreated, so the 事務局's grants and the admin's log entries follow it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from events.factories import ActivityReportFactory, EventFactory, local_datetime

ROOT = Path(__file__).resolve().parents[2]
NAMED = {"publish_report", "preview_report", "view_dashboard", "export_year_data"}
MODEL_PERMISSIONS = {
    f"{action}_{model}"
    for action in ("view", "add", "change", "delete")
    for model in ("publishedreport", "yearbooklet")
}


def booklet_codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(content_type__app_label="booklet").values_list(
            "codename", flat=True
        )
    )


def test_the_published_report_is_the_booklets_model_on_its_old_table():
    model = apps.get_model("booklet", "PublishedReport")
    assert model._meta.db_table == "portal_publishedreport"


@pytest.mark.django_db
def test_the_secretariat_holds_every_booklet_permission_under_the_booklet_label():
    assert booklet_codenames(settings.SECRETARIAT_GROUP) == NAMED | MODEL_PERMISSIONS


@pytest.mark.django_db
def test_no_booklet_permission_is_left_under_the_portal_label():
    assert not Permission.objects.filter(content_type__app_label="portal").exists()
    assert not ContentType.objects.filter(app_label="portal", model="publishedreport").exists()


@pytest.mark.django_db
def test_coordinators_hold_no_booklet_permission():
    assert booklet_codenames("コーディネーター") == set()


def replay_the_move(tmp_path, scenario: str) -> dict:
    """The move replayed on a scratch database in a subprocess (migration_check.py)."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'move.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.booklet.migration_check", scenario],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_existing_database_keeps_its_report_grants_and_log_entries_when_migrating(tmp_path):
    moved = replay_the_move(tmp_path, "plain")
    assert moved["moved_type"] == moved["old_type"]
    assert moved["content"] == {"title": "old"}
    assert moved["log_entry_type"] == moved["old_type"]
    assert set(moved["secretariat_booklet"]) == NAMED | MODEL_PERMISSIONS


def test_a_report_published_before_editions_becomes_the_default_networks_first_edition(
    tmp_path,
):
    moved = replay_the_move(tmp_path, "plain")
    assert moved["content"] == {"title": "old"}
    assert moved["edition"] == ["tokyo", 2023, 1]


def test_a_charters_introduction_and_theme_policy_become_its_years_booklet_words(tmp_path):
    moved = replay_the_move(tmp_path, "plain")
    assert moved["words"] == ["tokyo", 2023, "2023年度のはじめに", "2023年度の方針"]


def test_a_booklet_content_type_made_before_the_move_gives_way_keeping_its_grants(tmp_path):
    moved = replay_the_move(tmp_path, "early")
    assert moved["moved_type"] == moved["old_type"]
    assert moved["office_permissions"] == [[moved["old_type"], "view_publishedreport"]]


@pytest.mark.django_db
def test_publishing_a_booklet_moves_the_page_cache_version(django_capture_on_commit_callbacks):
    from areas.models import Network
    from booklet.models import PublishedReport
    from portal.page_cache import data_version

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        PublishedReport.objects.create(
            network=Network.objects.default(),
            fiscal_year=2023,
            number=1,
            content={},
            published_at=timezone.now(),
        )
    assert data_version() != before


@pytest.mark.django_db
def test_the_booklets_activity_reports_are_those_of_published_events_held_in_the_year():
    from booklet import services

    held = ActivityReportFactory()
    ActivityReportFactory(event=EventFactory(publication="draft"))
    ActivityReportFactory(event=EventFactory(starts_at=local_datetime(2024, 6, 1, 10, 0)))
    assert list(services.year_activity_reports(2023)) == [held]
