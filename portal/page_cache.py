"""Whole-page cache for anonymous visitors, invalidated by what changed.

Public pages are the same for every anonymous visitor, so their rendered responses are
kept in the default cache for PAGE_CACHE_SECONDS. A page's cache key carries the *data
versions* of the scopes it shows (portal/page_scopes.py: `all` and one of `site`, an
area, a co-op, an event, read from its path), read in one round trip before the page is
rendered. A version moves only when data really changes: on commit of a save, delete or
many-to-many change of a model of ours (coops, areas, events, signups, plans, booklet),
which moves the scopes that row shows on (portal/change_scopes.py), and on commit of a
write that sends no model signal (QuerySet.update(), bulk_create, raw SQL), whose code
sends core.signals.data_changed, which moves everything. So a coordinator's edit of 荒川区
refreshes /areas/arakawa/ and the site-wide lists at once, and leaves /areas/kita/ and
every event page of another area in the cache. A request's method moves nothing: an
anonymous POST (a failed sign-in, a form posted to a public page) must not empty anyone's
cache.

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
versions to reach them all; the in-memory cache is per process. Versions move with
cache.incr (atomic in Redis, the database and memory caches), added when missing.
"""

import hashlib
import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save

from core.data_versions import bump_keys, current_versions
from core.language_paths import without_language_prefix
from core.signals import data_changed
from portal import change_scopes
from portal.page_scopes import ALL, SITE, scopes_of_path

VERSION_PREFIX = "portal:page-cache:v:"
WATCHED_APPS = ("coops", "areas", "events", "signups", "plans", "booklet")
logger = logging.getLogger(__name__)
HEADER = "X-Page-Cache"


def _version_key(scope: str) -> str:
    return f"{VERSION_PREFIX}{scope}"


def versions(scopes) -> dict:
    """{scope: version} in one round trip (raises when the cache is away)."""
    found = current_versions([_version_key(scope) for scope in scopes])
    return {scope: found[_version_key(scope)] for scope in scopes}


def data_version() -> int:
    """The site-wide version: it moves on every public change."""
    return versions([SITE])[SITE]


def bump_scopes(scopes) -> None:
    # A save must not fail because the cache is away; cached pages expire on their own.
    bump_keys([_version_key(scope) for scope in sorted(scopes)])


def _on_commit(scopes, using) -> None:
    # Only on commit, not also right away: a request that reads the version before the
    # commit renders the old rows and stores them under the old version, which the commit
    # then leaves behind; one that reads it after the commit sees the new rows. A bump
    # before the commit would add nothing but a wasted miss for every rolled-back save.
    # Outside a transaction (autocommit) on_commit runs at once, after the write.
    if scopes:
        moved = scopes | {SITE}  # the lists show everything
        transaction.on_commit(lambda: bump_scopes(moved), using=using)


def _before_save(sender, instance, raw=False, **kwargs) -> None:
    instance._page_cache_shown = None if raw else change_scopes.shown_elsewhere(instance)


def _on_save(sender, instance, using=None, **kwargs) -> None:
    before = instance.__dict__.pop("_page_cache_shown", None)
    _on_commit(change_scopes.of_save(instance, before), using)


def _on_delete(sender, instance, using=None, **kwargs) -> None:
    _on_commit(change_scopes.of_delete(instance), using)


def _on_m2m(sender, instance, action, model, pk_set, using=None, **kwargs) -> None:
    if action in ("pre_remove", "post_add", "pre_clear"):
        _on_commit(change_scopes.of_m2m(instance, model, pk_set, action), using)


def _on_data_changed(sender, using=None, **kwargs) -> None:
    _on_commit({ALL, SITE}, using)


def connect_signals() -> None:
    """Move the scopes a change shows on (portal/change_scopes.py), for every model of
    ours (called from PortalConfig.ready); data_changed (bulk writes) moves everything."""
    data_changed.connect(_on_data_changed, dispatch_uid="page-cache:data-changed")
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            if change_scopes.is_silent(model):
                continue
            uid = f"page-cache:{model._meta.label}"
            if model._meta.label in change_scopes.OWN_PAGE_ONLY:
                pre_save.connect(_before_save, sender=model, dispatch_uid=f"{uid}:pre-save")
            post_save.connect(_on_save, sender=model, dispatch_uid=f"{uid}:save")
            pre_delete.connect(_on_delete, sender=model, dispatch_uid=f"{uid}:delete")
            for m2m in model._meta.local_many_to_many:
                through = m2m.remote_field.through
                m2m_changed.connect(_on_m2m, sender=through, dispatch_uid=f"{uid}:{m2m.name}")


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


def _key(request, found: dict) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    moved = ".".join(str(found[scope]) for scope in sorted(found))
    return f"portal:page:{moved}:{hashlib.sha256(url.encode()).hexdigest()}"


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
            key = _key(request, versions(scopes_of_path(request.path_info)))
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
