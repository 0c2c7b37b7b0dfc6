"""Followers' addresses are kept only while they serve their purpose.

- A follow never confirmed is erased once its confirmation link has expired
  (services.CONFIRM_DAYS, a few days): nobody asked for mail at that address.
- An unsubscribed follower is erased at once by `services.unsubscribe` (and an address's
  earlier follow when a new one is confirmed), so there is nothing left here for them.
- A confirmed follower is kept while they follow: sending them the digest is the purpose.
"""

import datetime

from core.retention import register
from follows.models import Follower
from follows.services import CONFIRM_DAYS


@register("地域の新着メール（未確認の登録）")
def erase_expired(now) -> int:
    due = now - datetime.timedelta(days=CONFIRM_DAYS)
    _total, by_model = Follower.objects.filter(
        confirmed_at__isnull=True, created_at__lt=due
    ).delete()
    return by_model.get(Follower._meta.label, 0)
