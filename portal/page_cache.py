"""Whole-page cache for anonymous visitors, invalidated by a data version.

Public pages are the same for every anonymous visitor, so their rendered responses are
kept in the default cache for PAGE_CACHE_SECONDS. The cache key carries a *data
version*, which moves only when data really changes: on commit of any save, delete or
many-to-many change of a model of ours (coops, areas, events, booklet), and on commit of
a write that sends no model signal (QuerySet.update(), bulk_create, raw SQL), whose code
sends core.signals.data_changed. A coordinator's publish or edit shows on the very
next request. A request's method moves nothing: an anonymous POST (a failed sign-in, a
form posted to a public page) must not empty everyone's cache.

Why not Django's own cache middleware: it cannot be invalidated on a data change, and
it varies on the Cookie header, so every visitor holding a csrftoken cookie would get
their own copy. Here, instead:
- a request that carries a session or messages cookie (a signed-in user, or someone
  with a message waiting) or an Authorization header bypasses the cache entirely;
- only 200 responses to GET are stored, never one that sets a cookie (a page with a
  form sets the CSRF cookie, so it is never shared), nor one marked private/no-store
  (never_cache: the admin, account pages), nor anything under the excluded prefixes.
Stored responses keep their own headers (Vary: Cookie included) for browsers.

Several app servers must share one cache (Redis or the database cache) for the
version to reach them all; the in-memory cache is per process.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from core.data_versions import DataVersion, connect_data_changes
from core.language_paths import without_language_prefix

VERSION_KEY = "portal:page-cache:data-version"
WATCHED_APPS = ("coops", "areas", "events", "signups", "plans", "booklet")
logger = logging.getLogger(__name__)
HEADER = "X-Page-Cache"


_VERSION = DataVersion(VERSION_KEY)


def data_version() -> int:
    return _VERSION.current()


def bump_data_version(**kwargs) -> None:
    # A save must not fail because the cache is away; cached pages expire on their own.
    _VERSION.bump()


def _on_change(sender, **kwargs) -> None:
    # Only on commit, not also right away: a request that reads the version before the
    # commit renders the old rows and stores them under the old version, which the commit
    # then leaves behind; one that reads it after the commit sees the new rows. A bump
    # before the commit would add nothing but a wasted miss for every rolled-back save.
    # Outside a transaction (autocommit) on_commit runs at once, after the write.
    transaction.on_commit(bump_data_version, using=kwargs.get("using"))


def connect_signals() -> None:
    """Bump the version on any change to a model of ours (called from PortalConfig.ready)."""
    connect_data_changes(_on_change, WATCHED_APPS, "page-cache")


def _bypasses_cache(request) -> bool:
    if request.method != "GET":
        return True
    if without_language_prefix(request.path_info).startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES):
        return True
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def _key(request, version: int) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"portal:page:{version}:{hashlib.sha256(url.encode()).hexdigest()}"


def _storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous GET responses of public pages (see the module docstring).

    Sits right after SecurityMiddleware and WhiteNoise: a hit skips sessions, CSRF,
    authentication and the view altogether.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or _bypasses_cache(request):
            return self.get_response(request)

        try:
            key = _key(request, data_version())
            cached = cache.get(key)
        except Exception:
            # The cache is an accelerator: when it fails, serve the page uncached.
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        # A page that used a CSP nonce must not be replayed: its nonce would be reused.
        if _storable(response) and not getattr(request, "_csp_nonce", None):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            # One body rather than the pieces a view wrote, so a hit is sent in one go.
            response.content = response.content
            response[HEADER] = "miss"
            try:
                cache.set(key, response, timeout=seconds)
            except Exception:
                logger.warning("page cache unavailable", exc_info=True)
        return response
