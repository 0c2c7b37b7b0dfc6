"""Voices residents sent (声を届ける) are erased once past the retention period
(core/retention.py): a moderated one counted from its moderation (採用 or 見送り: it is no
longer needed then; an adopted voice lives on as the public RaisedVoice, which holds nothing of
the sender), a waiting one from when it was received."""

from django.db.models import Q

from core.retention import cutoff, register
from plans.models import VoiceSubmission


@register("届いた声")
def erase_expired(now) -> int:
    due = cutoff(now)
    expired = Q(moderated_at__lt=due) | Q(moderated_at__isnull=True, created_at__lt=due)
    deleted, _ = VoiceSubmission.objects.filter(expired).delete()
    return deleted
