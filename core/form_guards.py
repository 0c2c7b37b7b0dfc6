"""Abuse guards for residents' forms, without a third-party CAPTCHA: a honeypot field and
rate limits per IP and per address, counted in Django's cache.

- `HoneypotMixin` adds a field people never see (its wrapper is `hidden`); a bot that fills it
  is answered as if all went well, and nothing is stored or sent.
- `within_limits(scope, ip=..., address=...)` counts one submission against each key and says
  whether all are within their limit. The IP is REMOTE_ADDR: gunicorn sets it from
  X-Forwarded-For only for the proxies it trusts (gunicorn.conf.py forwarded_allow_ips), so a
  visitor cannot pick their own.
- When the cache is down the limits fail OPEN (the submission goes through, a warning is
  logged): an outage is the operator's problem, not a resident's, and refusing would lose the
  message of someone who may not try again; the honeypot still holds, and the rows are kept
  for the coordinators to delete. Never a 500.
"""

import hashlib
import logging

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60 * 60
PER_IP = 5  # an office or a library shares one address
PER_ADDRESS = 3
HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    website = forms.CharField(label=_("ウェブサイト（空のままにしてください）"), required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT))


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


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


def within_limits(scope: str, *, ip: str, address: str = "") -> bool:
    """Count one submission; False when the IP or the address went over its limit."""
    limits = [(_key(scope, "ip", ip), PER_IP)]
    if address:
        limits.append((_key(scope, "address", address), PER_ADDRESS))
    try:
        return all([_count(key) <= limit for key, limit in limits])
    except Exception:
        logger.warning("rate limit not counted: the cache is unavailable (%s)", scope)
        return True
