"""Mail to residents and coordinators, sent as background work (Django's tasks framework).

`queue_mail` enqueues `send_mail_task` once the current transaction commits, so a sign-up or a
message is stored first and a mail server that is down never loses it. In development and tests
the immediate backend runs the task at once (make run shows the mails in the console); in
production (PORTAL_TASKS_BACKEND=database) django-tasks-db stores it and `db_worker` runs it.

Retries: django-tasks-db does not retry a failed task, so the task retries itself. When sending
fails for a reason that may pass (the SMTP server down, refusing, timing out: smtplib's errors
are OSErrors) it enqueues itself again to run after the next of RETRY_DELAYS, with its attempt
count, then fails this attempt (the failed row stays visible to the operator). After the last
delay it gives up with an error in the log. A backend that cannot defer (immediate) only fails.

Task arguments are JSON: plain strings and lists only, never a model instance. Log lines name
the attempt and the error's class, never an address or a subject.
"""

import datetime
import email.policy
import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

# About nine hours in all: long enough for a mail server's outage or maintenance window.
RETRY_DELAYS = (
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=6),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


class PortalEmailMessage(EmailMessage):
    """Lines up to RFC 5322's 998 octets rather than 78: a long List-Unsubscribe URL then stays
    one plain header (folded at 78 it would be RFC 2047-encoded, which mail programs do not
    read as a link), and a Japanese body goes as readable 8-bit text, not base64."""

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


@task
def send_mail_task(
    subject: str, body: str, to: list[str], headers: dict | None = None, attempt: int = 1
) -> int:
    message = PortalEmailMessage(subject=subject, body=body, to=to, headers=headers or {})
    try:
        return message.send()
    except OSError as error:
        retry_at = _enqueue_retry(subject, body, to, headers, attempt)
        if retry_at:
            logger.warning(
                "Mail not sent (attempt %d of %d, %s); retrying at %s",
                attempt,
                MAX_ATTEMPTS,
                type(error).__name__,
                retry_at.isoformat(timespec="seconds"),
            )
        else:
            logger.error(
                "Mail not sent (attempt %d of %d, %s); giving up",
                attempt,
                MAX_ATTEMPTS,
                type(error).__name__,
            )
        raise


def _enqueue_retry(subject, body, to, headers, attempt) -> datetime.datetime | None:
    """Enqueue the next attempt; when it runs, or None when there is none to make."""
    if attempt >= MAX_ATTEMPTS or not send_mail_task.get_backend().supports_defer:
        return None
    retry_at = timezone.now() + RETRY_DELAYS[attempt - 1]
    send_mail_task.using(run_after=retry_at).enqueue(
        subject=subject, body=body, to=to, headers=headers, attempt=attempt + 1
    )
    return retry_at


def queue_mail(*, subject, body, to, headers: dict | None = None) -> None:
    """Send `subject`/`body` to the addresses `to` after the current transaction commits."""
    arguments = {
        "subject": str(subject),
        "body": str(body),
        "to": [str(address) for address in to],
        "headers": {str(k): str(v) for k, v in (headers or {}).items()},
    }
    transaction.on_commit(lambda: send_mail_task.enqueue(**arguments))
