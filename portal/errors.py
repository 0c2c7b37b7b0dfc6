"""The 500 page: shows the request id, and never touches the database.

The page may be shown because the database is down, so it is rendered without the
context processors (no `user`, no `messages`, which would read the session): only the
request, the request id and the CSP nonce. If even that fails, a bare page still
carries the id.
"""

import logging

from django.http import HttpResponseServerError
from django.middleware.csp import get_nonce
from django.template import loader
from django.utils.html import escape
from django.views.decorators.csrf import requires_csrf_token

from portal import request_id

logger = logging.getLogger(__name__)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    rid = getattr(request, "request_id", None) or request_id.get()
    try:
        template = loader.get_template(template_name)
        body = template.render(
            {"request": request, "request_id": rid, "csp_nonce": get_nonce(request)}
        )
    except Exception:
        logger.exception("500 page could not be rendered")
        body = (
            "<!doctype html><html lang=ja><meta charset=utf-8><title>エラー</title>"
            "<h1>エラーが発生しました</h1>"
            f"<p>お問い合わせの際はこの番号をお知らせください: <code>{escape(rid)}</code></p>"
        )
    return HttpResponseServerError(body)
