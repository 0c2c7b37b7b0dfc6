"""One log line per request with its request id; no secrets in it; the id on the 500 page."""

import logging

import pytest

from portal.request_id import RequestIdFilter


def access_records(caplog):
    return [r for r in caplog.records if r.name == "portal.access"]


def test_every_response_carries_a_fresh_request_id(client, db):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_a_proxys_request_id_is_kept(client, db):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a9c21-0001")
    assert response["X-Request-ID"] == "lb-7f3a9c21-0001"


@pytest.mark.parametrize("bad", ["short", "x" * 200, "abc def ghi jkl", "id\nINFO forged line"])
def test_a_request_id_that_is_not_an_id_is_replaced(client, db, bad):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=bad)
    assert response["X-Request-ID"] != bad
    assert len(response["X-Request-ID"]) == 32


def test_one_log_line_per_request_with_its_id_and_no_query_string(client, db, caplog):
    caplog.set_level(logging.INFO, logger="portal.access")
    response = client.get(
        "/healthz?token=s3cret&email=hanako@example.org",
        HTTP_COOKIE="sessionid=abcdef123456",
    )
    (record,) = access_records(caplog)
    line = record.getMessage()
    assert line.startswith("GET /healthz 200 ")
    assert record.request_id == response["X-Request-ID"]
    for secret in ("s3cret", "hanako", "abcdef123456"):
        assert secret not in line


def test_the_log_format_puts_the_request_id_on_every_line():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    assert RequestIdFilter().filter(record)
    assert record.request_id == "-"  # outside a request


@pytest.mark.urls("tests.portal.urls_failing")
def test_the_500_page_shows_the_request_id_without_asking_the_database(
    client, db, django_assert_num_queries
):
    client.raise_request_exception = False
    with django_assert_num_queries(0):
        response = client.get("/explode/", HTTP_X_REQUEST_ID="support-1234-abcd")
    assert response.status_code == 500
    page = response.content.decode()
    assert "ただいまページを表示できません" in page
    assert "お問い合わせの際はこの番号をお知らせください" in page
    assert "<code>support-1234-abcd</code>" in page
    assert response["X-Request-ID"] == "support-1234-abcd"


@pytest.mark.urls("tests.portal.urls_failing")
def test_the_error_is_logged_with_the_same_request_id(client, db, caplog):
    client.raise_request_exception = False
    client.get("/explode/", HTTP_X_REQUEST_ID="support-1234-abcd")
    errors = [r for r in caplog.records if r.name == "django.request"]
    assert errors and errors[0].levelno == logging.ERROR
    # Stamped by the stdout handler's filter while the request was being answered.
    assert errors[0].request_id == "support-1234-abcd"


def test_djangos_not_found_line_carries_the_request_id_too(client, db, caplog):
    response = client.get("/no-such-page/", HTTP_X_REQUEST_ID="support-5678-efgh")
    assert response.status_code == 404
    (line,) = [r for r in caplog.records if r.name == "django.request"]
    assert line.request_id == "support-5678-efgh"


@pytest.mark.urls("tests.portal.urls_failing")
def test_the_500_page_still_shows_the_id_when_its_template_breaks(client, db):
    from unittest import mock

    client.raise_request_exception = False
    with mock.patch("portal.errors.loader.get_template", side_effect=OSError("disk")):
        response = client.get("/explode/", HTTP_X_REQUEST_ID="support-9999-zzzz")
    assert response.status_code == 500
    assert "<code>support-9999-zzzz</code>" in response.content.decode()
