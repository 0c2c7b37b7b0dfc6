"""The request id: one per request, on the response and on every log line.

A proxy's X-Request-ID is reused when it looks like an id (so the proxy's and our logs
join up); anything else is replaced by a fresh random one, so a client cannot inject
text into the logs.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
_SANE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
_current = contextvars.ContextVar("request_id", default="-")


def from_header(value: str | None) -> str:
    if value and _SANE.match(value):
        return value
    return uuid.uuid4().hex


def get() -> str:
    return _current.get()


def set(value: str) -> None:
    _current.set(value)


def clear(**kwargs) -> None:
    """Receiver for request_finished: lines after the request carry no id."""
    _current.set("-")


class RequestIdFilter(logging.Filter):
    """Adds record.request_id (“-” outside a request) for the log format."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = _current.get()
        return True
