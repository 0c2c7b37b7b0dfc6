"""The secrets in a follower's links.

The confirmation link carries a random token; only its SHA-256 is stored, so a copy of the
database confirms nobody. The unsubscribe link must stay valid in every digest, so its token
is derived (an HMAC under SECRET_KEY of the follower's id and stored hash) instead of stored:
`<id>-<hmac>`; SECRET_KEY_FALLBACKS keep old links working across a key rotation.
"""

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "follows.unsubscribe"


def _signature(pk: int, stored_hash: str, secret: str) -> str:
    return salted_hmac(_SALT, f"{pk}:{stored_hash}", secret=secret, algorithm="sha256").hexdigest()[
        :40
    ]


def unsubscribe_token(follower) -> str:
    return f"{follower.pk}-{_signature(follower.pk, follower.token_hash, settings.SECRET_KEY)}"


def follower_for_unsubscribe(token: str):
    """The follower an unsubscribe token belongs to, or None (unknown, forged, already gone)."""
    from follows.models import Follower

    pk, _sep, signature = token.partition("-")
    if not pk.isdigit() or not signature:
        return None
    follower = Follower.objects.filter(pk=int(pk)).first()
    if follower is None:
        return None
    for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]:
        if constant_time_compare(signature, _signature(follower.pk, follower.token_hash, secret)):
            return follower
    return None
