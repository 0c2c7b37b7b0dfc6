"""With the database task backend (production) a queued mail is a stored task that the worker
sends; a mail server that is down makes the task retry later, never lose the mail."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import mail as core_mail
from core.mail import queue_mail, send_mail_task

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SMTP_DOWN = {"default": {"BACKEND": "tests.core.test_mail_in_the_background.SmtpDownBackend"}}


class SmtpDownBackend(BaseEmailBackend):
    """A mail server that refuses every connection."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server down")


def run_worker_once():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def make_due_now():
    DBTaskResult.objects.update(run_after=timezone.now())


@override_settings(TASKS=DATABASE_TASKS)
def test_a_queued_mail_is_stored_as_a_task_and_sent_by_the_worker():
    queue_mail(subject="申し込みを受け付けました", body="本文", to=["a@example.org"])
    assert DBTaskResult.objects.count() == 1
    assert mail.outbox == []

    run_worker_once()

    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@override_settings(TASKS=DATABASE_TASKS)
def test_a_mail_the_smtp_server_refuses_is_retried_later_not_lost():
    queue_mail(subject="申し込みを受け付けました", body="本文", to=["a@example.org"])
    with override_settings(MAILERS=SMTP_DOWN):
        run_worker_once()
    assert mail.outbox == []
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED"
    assert retry.status == "READY"
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now()

    run_worker_once()  # the retry is not due yet
    assert mail.outbox == []

    make_due_now()
    run_worker_once()  # the server is back
    assert [m.subject for m in mail.outbox] == ["申し込みを受け付けました"]


@override_settings(TASKS=DATABASE_TASKS, MAILERS=SMTP_DOWN)
def test_the_retries_stop_after_the_last_attempt():
    queue_mail(subject="件名", body="本文", to=["a@example.org"])
    for _ in range(core_mail.MAX_ATTEMPTS + 2):
        make_due_now()
        run_worker_once()
    assert DBTaskResult.objects.filter(status="FAILED").count() == core_mail.MAX_ATTEMPTS
    assert not DBTaskResult.objects.filter(status="READY").exists()


@override_settings(MAILERS=SMTP_DOWN)
def test_the_immediate_backend_cannot_defer_so_it_does_not_retry():
    result = send_mail_task.enqueue(subject="件名", body="本文", to=["a@example.org"])
    assert result.status == "FAILED"
    assert DBTaskResult.objects.count() == 0


@pytest.mark.parametrize(
    ("value", "backend"),
    [
        (None, "django.tasks.backends.immediate.ImmediateBackend"),
        ("immediate", "django.tasks.backends.immediate.ImmediateBackend"),
        ("database", "django_tasks_db.DatabaseBackend"),
    ],
)
def test_the_task_backend_is_chosen_by_the_environment(value, backend):
    env = {"PATH": "/usr/bin:/bin"} | ({"PORTAL_TASKS_BACKEND": value} if value else {})
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings as s; print(s.TASKS['default']['BACKEND'])"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == backend


def test_an_unknown_task_backend_stops_the_start():
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PORTAL_TASKS_BACKEND": "celery"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "PORTAL_TASKS_BACKEND" in result.stderr
