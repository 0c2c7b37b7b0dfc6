"""The 413 page reaches the browser under runserver (wsgiref), not a 500.

A WSGI application may not set hop-by-hop headers (PEP 3333): wsgiref refuses the whole
response when it does. Closing the connection is the server's business."""

import http.client
import threading
from wsgiref.util import is_hop_by_hop

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
from django.test import RequestFactory

from portal.middleware import RequestBodyLimitMiddleware


@pytest.fixture
def small_limit(settings):
    settings.REQUEST_BODY_MAX_SIZE = 1024


def test_the_413_response_has_no_hop_by_hop_header(small_limit):
    request = RequestFactory().post("/events/", {"note": "x" * 4096})
    response = RequestBodyLimitMiddleware(lambda request: None)(request)
    assert response.status_code == 413
    assert [name for name in response.headers if is_hop_by_hop(name)] == []


@pytest.fixture
def runserver():
    """Django's own development server (wsgiref underneath) on a free local port."""
    server = WSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(WSGIHandler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("path", ["/events/", "/en/events/"])
def test_runserver_answers_an_oversized_body_with_the_413_page(small_limit, runserver, path):
    connection = http.client.HTTPConnection(*runserver, timeout=10)
    try:
        connection.request(
            "POST",
            path,
            body=b"x" * 4096,
            headers={"Content-Type": "application/octet-stream"},
        )
        response = connection.getresponse()
        page = response.read().decode()
    finally:
        connection.close()
    assert response.status == 413
    assert "送信された内容が大きすぎます" in page or "What you sent is too large" in page
