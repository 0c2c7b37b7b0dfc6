"""The yearly booklet is its own app: the model, its permissions and its history moved with it.

`PublishedReport` was `portal`'s; it is `booklet`'s now, on the same table. The content type
is renamed, not recreated, so the 事務局's grants and the admin's log entries follow it.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from events.factories import ActivityReportFactory, EventFactory, local_datetime

NAMED = {"publish_report", "preview_report", "view_dashboard", "export_year_data"}
MODEL_PERMISSIONS = {f"{action}_publishedreport" for action in ("view", "add", "change", "delete")}


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


def database_before_the_move():
    """Migrate back to before the move; a published report and its admin log entry, as then."""
    before_move = [("portal", "0003_booklet_permissions"), ("booklet", None)]
    executor = MigrationExecutor(connection)
    executor.migrate(before_move)
    old = executor.loader.project_state(before_move[:1]).apps
    old_type = old.get_model("contenttypes", "ContentType").objects.get(
        app_label="portal", model="publishedreport"
    )
    report = old.get_model("portal", "PublishedReport").objects.create(
        fiscal_year=2023, content={"title": "old"}, published_at=timezone.now()
    )
    office = get_user_model().objects.create_user("office", "office@example.org")
    entry = LogEntry.objects.create(
        action_flag=ADDITION,
        content_type_id=old_type.pk,
        object_id=str(report.pk),
        object_repr="2023年度",
        user=office,
    )
    return old_type, entry, office


def migrate_forward():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_database_keeps_its_report_grants_and_log_entries_when_migrating():
    old_type, entry, _office = database_before_the_move()
    migrate_forward()

    moved = ContentType.objects.get(app_label="booklet", model="publishedreport")
    assert moved.pk == old_type.pk
    assert moved.model_class().objects.get().content == {"title": "old"}
    assert LogEntry.objects.get(pk=entry.pk).content_type == moved
    assert booklet_codenames(settings.SECRETARIAT_GROUP) == NAMED | MODEL_PERMISSIONS


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_booklet_content_type_made_before_the_move_gives_way_keeping_its_grants():
    old_type, _entry, office = database_before_the_move()
    ContentType.objects.clear_cache()
    early = ContentType.objects.create(app_label="booklet", model="publishedreport")
    view = Permission.objects.create(content_type=early, codename="view_publishedreport", name="-")
    office.user_permissions.add(view)
    migrate_forward()

    assert ContentType.objects.get(app_label="booklet", model="publishedreport").pk == old_type.pk
    kept = office.user_permissions.values_list("content_type", "codename")
    assert list(kept) == [(old_type.pk, "view_publishedreport")]


@pytest.mark.django_db
def test_publishing_a_booklet_moves_the_page_cache_version(django_capture_on_commit_callbacks):
    from booklet.models import PublishedReport
    from portal.page_cache import data_version

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        PublishedReport.objects.create(fiscal_year=2023, content={}, published_at=timezone.now())
    assert data_version() != before


@pytest.mark.django_db
def test_the_booklets_activity_reports_are_those_of_published_events_held_in_the_year():
    from booklet import services

    held = ActivityReportFactory()
    ActivityReportFactory(event=EventFactory(publication="draft"))
    ActivityReportFactory(event=EventFactory(starts_at=local_datetime(2024, 6, 1, 10, 0)))
    assert list(services.year_activity_reports(2023)) == [held]
