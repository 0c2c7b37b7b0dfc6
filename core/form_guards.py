"""Abuse guards for residents' forms, without a third-party CAPTCHA: a honeypot field and
rate limits per IP and per address, counted in Django's cache.

- `HoneypotMixin` adds a field people never see (its wrapper is `hidden`); a bot that fills it
  is answered as if all went well, and nothing is stored or sent.
- `within_limits(scope, ip=..., address=...)` counts one submission against each key and says
  whether all are within their limit; `allow`, `used_up` and `count` are its parts, for a form
  that checks before and counts after it stored something.
- `client_ip(request)`: REMOTE_ADDR, unless it is one of settings.TRUSTED_PROXIES (nginx, the
  load balancer: gunicorn leaves REMOTE_ADDR as the proxy's): then the nearest address in
  X-Forwarded-For that is not a trusted proxy. A visitor cannot pick their own address: what
  they put at the front of the header is never read while a proxy appended after it.
- When the cache is down the limits fail OPEN (the submission goes through, a warning is
  logged): an outage is the operator's problem, not a resident's, and refusing would lose the
  message of someone who may not try again; the honeypot still holds, and the rows are kept
  for the coordinators to delete. Never a 500.
"""

import hashlib
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60 * 60
PER_IP = 5  # an office or a library shares one address
PER_ADDRESS = 3
HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    """The residents' forms' honeypot (sign-up, contact, voice, follow): one field, hidden from
    people by the template (CSS and aria-hidden), never reached by the keyboard or autofill."""

    website = forms.CharField(label=_("ウェブサイト（空のままにしてください）"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT))


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    trusted = settings.TRUSTED_PROXIES
    if not _is_trusted(remote, trusted):
        return remote
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [address for address in chain if address]
    for address in reversed(chain):
        if not _is_trusted(address, trusted):
            return address
    return chain[0] if chain else remote


def _is_trusted(address: str, trusted) -> bool:
    return "*" in trusted or address in trusted


def _key(scope: str, kind: str, value: str) -> str:
    # Hashed: no address or IP sits in the cache in clear.
    digest = hashlib.sha256(f"{kind}:{value.strip().lower()}".encode()).hexdigest()
    return f"ratelimit:{scope}:{kind}:{digest}"


def _count(key: str) -> int:
    if cache.add(key, 1, timeout=WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        return 1


def allow(scope: str, kind: str, value: str, limit: int) -> bool:
    """Count one attempt for `value`; False once it went over `limit` in the window."""
    try:
        return _count(_key(scope, kind, value)) <= limit
    except Exception:
        logger.warning("rate limit not counted: the cache is unavailable (%s)", scope)
        return True


def used_up(scope: str, kind: str, value: str, limit: int) -> bool:
    """Whether `value` has no attempt left in the window (counts nothing)."""
    try:
        return (cache.get(_key(scope, kind, value)) or 0) >= limit
    except Exception:
        logger.warning("rate limit not read: the cache is unavailable (%s)", scope)
        return False


def count(scope: str, kind: str, value: str) -> None:
    """Count one attempt for `value` (after it succeeded)."""
    try:
        _count(_key(scope, kind, value))
    except Exception:
        logger.warning("rate limit not counted: the cache is unavailable (%s)", scope)


def within_limits(scope: str, *, ip: str, address: str = "") -> bool:
    """Count one submission; False when the IP or the address went over its limit."""
    allowed = [allow(scope, "ip", ip, PER_IP)]
    if address:
        allowed.append(allow(scope, "address", address, PER_ADDRESS))
    return all(allowed)
