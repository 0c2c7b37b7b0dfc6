import logging
import time

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

from portal import health, log_redaction, request_id

access_log = logging.getLogger("portal.access")


class RequestIdMiddleware:
    """Gives each request an id, returns it as X-Request-ID and logs one line per request.

    The line holds the method, the path without its query string (which may carry
    tokens) and with any secret segment redacted (portal.log_redaction: invitation
    tokens, password-reset keys), the status and the time taken: no cookies, addresses
    or user names.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rid = request_id.from_header(request.headers.get(request_id.HEADER))
        request.request_id = rid
        # Cleared by the request_finished signal, so Django's own "Not Found" line,
        # written after the middleware has returned, still carries the id.
        request_id.set(rid)
        started = time.monotonic()
        response = self.get_response(request)
        response[request_id.HEADER] = rid
        elapsed = (time.monotonic() - started) * 1000
        access_log.info(
            "%s %s %s %.0fms",
            request.method,
            log_redaction.redact_text(request.path),
            response.status_code,
            elapsed,
            extra={"request_id": rid},
        )
        return response


class ProbeMiddleware:
    """Answers /healthz and /readyz before the Host header is checked.

    Load balancers probe servers by their address (Host: 10.0.0.5), which is not in
    ALLOWED_HOSTS; the probes reveal nothing, so they answer whatever the host.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = {"/healthz": health.healthz, "/readyz": health.readyz}.get(request.path_info)
        if probe is not None:
            return probe(request)
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Refuses a request whose declared body is larger than REQUEST_BODY_MAX_SIZE: 413.

    Form fields alone are capped by DATA_UPLOAD_MAX_MEMORY_SIZE (Django answers 400);
    this cap covers the whole body, file uploads included, before anything reads it.
    The body is never read here; closing the connection is left to the server.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_BODY_MAX_SIZE:
            return payload_too_large(request)
        return self.get_response(request)


def payload_too_large(request):
    # This runs before LocaleMiddleware: take the language from the URL (/en/…) here.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        return _payload_too_large(request)


def _payload_too_large(request):
    limit_mb = settings.REQUEST_BODY_MAX_SIZE / (1024 * 1024)
    context = {
        "title": _("送信された内容が大きすぎます"),
        "message": _(
            "一度に送れるのは %(limit).0f MB までです。"
            "ファイルを小さくするか、分けて送ってください。"
        )
        % {"limit": limit_mb},
    }
    body = loader.render_to_string("413.html", context, request=request)
    # No "Connection: close": hop-by-hop headers are not the application's (PEP 3333);
    # wsgiref (runserver) refuses the response with a 500, and gunicorn drops the header.
    # The server deals with the unread body: runserver reads and discards it, gunicorn's
    # sync worker closes every connection, and its gthread worker keeps one alive only
    # after draining at most 64 KiB of what is left.
    return HttpResponse(body, status=413)
