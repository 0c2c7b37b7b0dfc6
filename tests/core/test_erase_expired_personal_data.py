"""The daily retention run: the command prints what each eraser erased, a dry run erases
nothing, the task runs the same erasers, and sent mails' task rows go after a week."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import retention
from portal.retention import MAIL_RECORD_DAYS
from portal.retention import erase_expired as erase_mail_records

pytestmark = pytest.mark.django_db


@pytest.fixture
def erasers(monkeypatch):
    """Only the erasers a test registers (the apps' own are registered at start-up, in the
    registry this replaces for the test)."""
    registry = {}
    monkeypatch.setattr(retention, "_erasers", registry)
    return registry


def a_task_row(status="SUCCESSFUL", finished_days_ago=None):
    finished_at = None
    if finished_days_ago is not None:
        finished_at = timezone.now() - datetime.timedelta(days=finished_days_ago)
    return DBTaskResult.objects.create(
        task_path="core.mail.send_mail_task",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        status=status,
        finished_at=finished_at,
    )


def run_command(*args):
    out = StringIO()
    call_command("erase_expired_personal_data", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_how_many_rows_each_eraser_erased(erasers):
    seen = []

    @retention.register("申し込み")
    def erase(now):
        seen.append(now)
        return 2

    out = run_command()
    assert "申し込み: erased 2" in out
    assert timezone.is_aware(seen[0])


def test_a_dry_run_counts_but_erases_nothing(erasers):
    row = a_task_row()

    @retention.register("テスト")
    def erase(now):
        return DBTaskResult.objects.filter(pk=row.pk).delete()[0]

    out = run_command("--dry-run")
    assert "テスト: would erase 1" in out
    assert DBTaskResult.objects.filter(pk=row.pk).exists()

    assert "テスト: erased 1" in run_command()
    assert not DBTaskResult.objects.filter(pk=row.pk).exists()


def test_the_task_runs_the_same_erasers(erasers):
    retention.register("テスト")(lambda now: 5)
    result = retention.erase_expired_task.enqueue()
    assert result.return_value["テスト"] == 5


def test_sent_mails_task_rows_are_erased_after_a_week_and_waiting_ones_kept():
    old = a_task_row(finished_days_ago=MAIL_RECORD_DAYS + 1)
    old_failed = a_task_row(status="FAILED", finished_days_ago=MAIL_RECORD_DAYS + 1)
    recent = a_task_row(finished_days_ago=1)
    waiting = a_task_row(status="READY")

    assert erase_mail_records(timezone.now()) == 2
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
    assert not DBTaskResult.objects.filter(pk__in=[old.pk, old_failed.pk]).exists()
