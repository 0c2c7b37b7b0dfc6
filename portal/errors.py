"""The 500 page: shows the request id, and never touches the database.

The page may be rendered because the database is down, so it is rendered with the
request only when that works, and otherwise from the template alone.
"""

import logging

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from portal import request_id

logger = logging.getLogger(__name__)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    context = {"request_id": getattr(request, "request_id", None) or request_id.get()}
    try:
        template = loader.get_template(template_name)
        try:
            body = template.render(context, request)
        except Exception:
            # The page's own surroundings failed (e.g. a header that asks the database
            # who is signed in): the bare template still says what happened.
            logger.warning("500 page rendered without request context", exc_info=True)
            body = template.render(context)
    except Exception:
        logger.exception("500 page could not be rendered")
        body = (
            "<!doctype html><html lang=ja><meta charset=utf-8><title>エラー</title>"
            "<h1>エラーが発生しました</h1>"
            "<p>お問い合わせの際はこの番号をお知らせください: "
            f"<code>{context['request_id']}</code></p>"
        )
    return HttpResponseServerError(body)
