"""Paths without their language prefix: English pages live under /en/, Japanese ones have none.

Middleware that decides by path (the page cache's excluded prefixes, the two-factor
requirement's account pages) compares the path as the Japanese site would have it.
"""

from django.conf import settings


def without_language_prefix(path: str) -> str:
    """/en/accounts/login/ → /accounts/login/; a path without a prefix is returned as it is."""
    for code, _name in settings.LANGUAGES:
        if path.startswith(f"/{code}/"):
            return path[len(code) + 1 :]
    return path
