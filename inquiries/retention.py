"""Messages to groups are erased once past the retention period (core/retention.py): a
handled message counted from when it was handled (the answer is when it stopped being
needed), an unhandled one from when it was received, so an address nobody marked 対応済み is
not kept for ever."""

from django.db.models import Q

from core.retention import cutoff, register
from inquiries.models import GroupMessage


@register("グループへの問い合わせ")
def erase_expired(now) -> int:
    due = cutoff(now)
    expired = Q(handled_at__lt=due) | Q(handled_at__isnull=True, created_at__lt=due)
    deleted, _ = GroupMessage.objects.filter(expired).delete()
    return deleted
