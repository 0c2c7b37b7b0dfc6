"""No secret that travels in a URL path reaches a log line.

Invitation links (/accounts/invitation/<token>/), a resident's sign-up links
(/signups/<token>/), allauth's password-reset links
(/accounts/password/reset/key/<uidb36>-<key>/) and e-mail confirmation links
(/accounts/confirm-email/<key>/) and a follower's links (/follow/confirm/<token>/,
/follow/unsubscribe/<token>/) carry their secret in the path, also under /en/. Such a
segment is written as "[redacted]", by one rule (redact_text):
- on the access line's path (portal.middleware.RequestIdMiddleware);
- through RedactSecretsFilter on every handler (settings.LOGGING, gunicorn's logs through
  portal.gunicorn_logging), on each record's whole message, so Django's "Not Found: …"
  lines, any other message or argument, and tracebacks are covered too.

The rule knows the secret-carrying routes by their prefix (SECRET_ROUTES); a test walks
the URLconf so that a new route with such an argument cannot be left out.
"""

import logging
import re

REDACTED = "[redacted]"
# Route prefixes (after any /en/) whose next path segment is a secret.
SECRET_ROUTES = (
    "accounts/invitation",
    "accounts/confirm-email",
    "accounts/password/reset/key",
    "signups",  # a resident's sign-up: /signups/<token>/ and /signups/<token>/cancel/
    "follow/confirm",
    "follow/unsubscribe",
)
# Pages under those prefixes that carry no secret.
_PUBLIC_SEGMENTS = ("done",)

# Slashes, or their percent-encoded form (a path quoted in a ?next= parameter); doubled
# slashes too, since a mangled link still carries a working secret.
_SLASH = r"(?:/|%2[Ff])+"
# What ends a path segment in a message: a slash, the query, a space, a quote.
_END = r"[/?&#\s\"'<>]"
# Blanks a broken e-mail link may put before the secret ("/invitation/%20<token>/").
_LEADING_BLANKS = r"(?:\s|%20)*"


def _route(prefix: str) -> str:
    return _SLASH.join(re.escape(part) for part in prefix.split("/"))


_SECRET_SEGMENT = re.compile(
    rf"({_SLASH}(?:{'|'.join(_route(p) for p in SECRET_ROUTES)}){_SLASH}{_LEADING_BLANKS})"
    rf"(?!(?:{'|'.join(_PUBLIC_SEGMENTS)})(?:%2[Ff]|{_END}|$))"
    rf"((?:(?!%2[Ff])(?!{_END}).)+)",
    re.IGNORECASE,  # a link typed as /Accounts/Invitation/… still carries the token
)


def redact_text(text: str) -> str:
    """Any secret-carrying path segment in a text (a log message) replaced by [redacted]."""
    return _SECRET_SEGMENT.sub(rf"\g<1>{REDACTED}", text)


class RedactSecretsFilter(logging.Filter):
    """Rewrites a record whose message or traceback holds a secret path segment."""

    def filter(self, record):
        try:
            message = record.getMessage()
            redacted = redact_text(message)
            if redacted != message:
                record.msg, record.args = redacted, ()
            if record.exc_info and not record.exc_text:
                # Formatted here, as a Formatter would, so the traceback can be redacted.
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redact_text(record.exc_text)
        except Exception:  # a log line must never be lost to its redaction
            pass
        return True
