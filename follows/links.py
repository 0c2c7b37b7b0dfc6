"""Absolute links in follow mails: settings.SITE_URL (DJANGO_SITE_URL) plus the path in the
follower's language, since digests are sent by a command, outside any request."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from follows.tokens import unsubscribe_token


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def confirm_url(token: str, language: str) -> str:
    with translation.override(language):
        return absolute(reverse("follows:confirm", args=[token]))


def unsubscribe_url(follower) -> str:
    with translation.override(follower.language):
        return absolute(reverse("follows:unsubscribe", args=[unsubscribe_token(follower)]))


def unsubscribe_headers(follower) -> dict[str, str]:
    """RFC 2369 and RFC 8058: mail programs offer one-click unsubscribing (a POST)."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(follower)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
