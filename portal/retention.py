"""The mail tasks' rows hold a resident's address and the mail's words: once sent (or given up)
they are kept MAIL_RECORD_DAYS, for the operator to look into a failure, then erased."""

import datetime

from django_tasks_db.models import DBTaskResult

from core.retention import register

MAIL_RECORD_DAYS = 7


@register("メールの送信記録")
def erase_expired(now: datetime.datetime) -> int:
    due = now - datetime.timedelta(days=MAIL_RECORD_DAYS)
    erased, _ = DBTaskResult.objects.finished().filter(finished_at__lt=due).delete()
    return erased
