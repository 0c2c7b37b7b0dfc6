"""How often one address or one IP may ask to follow, counted in the shared cache.

A request over the limit is refused (per IP) or sends no mail (per address: the page stays
the same, so it reveals nothing). The keys hold a hash, never an address.

When the cache is down the limit lets the request through (fails open) and logs a warning:
refusing every resident for the length of an outage would be worse than a few extra
confirmation mails, which the honeypot and the mail's own confirmation step already bound;
a cache that is away must never turn into a 500.
"""

import hashlib
import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60 * 60
PER_IP = 10
PER_ADDRESS = 3


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"follows:rate:{kind}:{digest}"


def allow(kind: str, value: str, limit: int) -> bool:
    """Count one more attempt for `value`; whether it is still within `limit` per window."""
    key = _key(kind, value)
    try:
        cache.add(key, 0, timeout=WINDOW_SECONDS)
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the window's first attempt
        return True
    except Exception:
        logger.warning("follow rate limit not counted (cache unavailable)")
        return True
    return count <= limit


def allow_ip(ip: str) -> bool:
    return allow("ip", ip or "unknown", PER_IP)


def allow_address(address: str) -> bool:
    return allow("address", address, PER_ADDRESS)
