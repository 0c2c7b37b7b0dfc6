"""/healthz and /readyz, for a load balancer."""

from unittest import mock

from django.core.cache import cache
from django.db import OperationalError


def test_healthz_answers_without_touching_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_says_ok_when_database_and_cache_answer(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readyz_says_503_when_the_database_does_not_answer(client, db):
    with mock.patch("portal.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "failed", "cache": "ok"}


def test_readyz_says_503_when_the_cache_loses_what_it_was_given(client, db):
    with mock.patch.object(cache, "get", return_value=None):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "failed"


def test_probes_have_no_language_prefix(client, db):
    assert client.get("/en/healthz").status_code == 404
    assert client.get("/en/readyz").status_code == 404


def test_probes_answer_over_plain_http_even_when_https_is_enforced(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/").status_code == 301


def test_a_load_balancer_may_probe_by_address_but_pages_still_need_a_known_host(client, db):
    assert client.get("/healthz", HTTP_HOST="10.0.0.5").status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.0.0.5:8000").status_code == 200
    assert client.get("/", HTTP_HOST="10.0.0.5").status_code == 400
