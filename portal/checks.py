"""System checks of the portal's own settings."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def page_cache_is_shared(app_configs, **kwargs):
    """The page cache's data version must reach every app server process.

    With the in-memory cache each gunicorn worker keeps its own copy, so an edit saved
    through one worker would leave the others serving the old page until it expires.
    """
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.PAGE_CACHE_SECONDS > 0 and backend.endswith("LocMemCache"):
        return [
            Warning(
                "The anonymous page cache uses the per-process in-memory cache.",
                hint="Use a shared cache (Redis or the database cache) in production, or set "
                "DJANGO_PAGE_CACHE_SECONDS=0.",
                id="portal.W001",
            )
        ]
    return []
