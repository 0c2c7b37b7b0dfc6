"""Following: a pending follow and its confirmation mail, confirming, unsubscribing.

Subscribing never reveals whether an address already follows: the same page answers and a
new pending follow is stored either way. Confirming it replaces the address's earlier follow,
so only the owner of the mailbox can change what it receives.
"""

import datetime

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.link_tokens import hash_link_token as token_hash
from core.link_tokens import new_link_token as new_token
from core.mail import queue_mail
from follows import links
from follows.models import Follower

# How long a confirmation link works; retention erases the pending follow after it.
CONFIRM_DAYS = 3


def subscribe(email: str, groups, kinds: list[str]) -> Follower:
    token, stored_hash = new_token()
    language = translation.get_language() or "ja"
    with transaction.atomic():
        follower = Follower.objects.create(
            email=email, kinds=sorted(kinds), token_hash=stored_hash, language=language
        )
        follower.areas.set(groups)
        body = render_to_string(
            "follows/confirm_email.txt",
            {
                "areas": list(groups),
                "kinds": follower.kind_labels(),
                "confirm_url": links.confirm_url(token, language),
                "days": CONFIRM_DAYS,
            },
        )
        queue_mail(subject=_("【確認】地域の新着メールの受け取り"), body=body, to=[email])
    return follower


def pending_for_token(token: str, now: datetime.datetime | None = None) -> Follower | None:
    """The unconfirmed follow this confirmation token belongs to, while its link works."""
    now = now or timezone.now()
    return Follower.objects.filter(
        token_hash=token_hash(token),
        confirmed_at__isnull=True,
        created_at__gte=now - datetime.timedelta(days=CONFIRM_DAYS),
    ).first()


def confirm(follower: Follower, now: datetime.datetime | None = None) -> None:
    with transaction.atomic():
        Follower.objects.filter(email__iexact=follower.email).exclude(pk=follower.pk).delete()
        follower.confirmed_at = now or timezone.now()
        follower.save(update_fields=["confirmed_at"])


def unsubscribe(follower: Follower) -> None:
    """Stop the mails and erase the address at once: nothing is kept of a former follower."""
    follower.delete()
