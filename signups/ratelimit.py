"""At most LIMIT sign-ups an hour from one IP address and for one contact address.

Counted in Django's cache (shared by the app servers). Keys carry a hash, never the address
itself. When the cache is down the limit is not applied (fails open): a resident must still
be able to sign up, the honeypot and the double-submit check still hold, and the cache being
away is logged (without any address) so it gets fixed.
"""

import hashlib
import logging

from django.core.cache import cache

LIMIT = 5
WINDOW_SECONDS = 60 * 60
logger = logging.getLogger(__name__)


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()
    return f"signups:rate:{kind}:{digest}"


def _keys(ip: str, contacts) -> list[str]:
    keys = [_key("ip", ip)] if ip else []
    return keys + [_key("contact", c) for c in contacts if c]


def is_limited(ip: str, contacts) -> bool:
    """Whether the IP or any of the contacts has used up its sign-ups for the hour."""
    try:
        counts = cache.get_many(_keys(ip, contacts))
    except Exception:
        logger.warning("sign-up rate limit unavailable (cache)")
        return False
    return any((count or 0) >= LIMIT for count in counts.values())


def count(ip: str, contacts) -> None:
    """Count one sign-up against the IP and each contact."""
    for key in _keys(ip, contacts):
        try:
            if not cache.add(key, 1, timeout=WINDOW_SECONDS):
                cache.incr(key)
        except ValueError:  # expired between add and incr
            _safe_set(key)
        except Exception:
            logger.warning("sign-up rate limit unavailable (cache)")
            return


def _safe_set(key: str) -> None:
    try:
        cache.set(key, 1, timeout=WINDOW_SECONDS)
    except Exception:
        logger.warning("sign-up rate limit unavailable (cache)")
