"""Mail to residents and coordinators, sent as background work (Django's tasks framework).

`queue_mail` enqueues `send_mail_task` once the current transaction commits, so a sign-up or a
message is stored first and a mail server that is down never loses it: the task backend
(settings.TASKS) retries or keeps the task. In development and tests the immediate backend
runs the task at once (make run shows the mails in the console).

Task arguments are JSON: plain strings and lists only, never a model instance.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task


@task
def send_mail_task(subject: str, body: str, to: list[str], headers: dict | None = None) -> int:
    message = EmailMessage(subject=subject, body=body, to=to, headers=headers or {})
    return message.send()


def queue_mail(*, subject, body, to, headers: dict | None = None) -> None:
    """Send `subject`/`body` to the addresses `to` after the current transaction commits."""
    arguments = {
        "subject": str(subject),
        "body": str(body),
        "to": [str(address) for address in to],
        "headers": {str(k): str(v) for k, v in (headers or {}).items()},
    }
    transaction.on_commit(lambda: send_mail_task.enqueue(**arguments))
