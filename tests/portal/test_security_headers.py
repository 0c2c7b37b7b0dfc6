"""Every answer carries the security headers; foreign hosts and oversized bodies are refused."""

import pytest
from django.test import override_settings


def test_every_page_carries_the_security_headers(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "Content-Security-Policy" in response


def test_the_content_security_policy_allows_no_inline_script(client, db):
    policy = client.get("/")["Content-Security-Policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
    )
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]


def test_the_admins_scripts_carry_the_nonce_the_policy_names(admin_client):
    response = admin_client.get("/admin/")
    policy = response["Content-Security-Policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    nonce = next(t for t in script_src.split() if t.startswith("'nonce-"))[7:-1]
    assert f'nonce="{nonce}"' in response.content.decode()


@override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_answers_carry_hsts(client, db):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in response["Strict-Transport-Security"]


def test_a_foreign_host_gets_400(client, db):
    response = client.get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_session_and_csrf_cookies_are_secure_and_http_only(client, superuser):
    # Staff sign in through allauth (the admin's own login redirects there).
    login = client.get("/accounts/login/", secure=True)
    csrf = login.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
    response = client.post(
        "/accounts/login/",
        {"login": "admin@example.org", "password": "pass-for-tests-only"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]


@override_settings(REQUEST_BODY_MAX_SIZE=1024)
def test_an_oversized_body_is_refused_with_413_and_a_clear_page(client, db):
    response = client.post("/admin/login/", {"note": "x" * 4096})
    assert response.status_code == 413
    assert "送信された内容が大きすぎます" in response.content.decode()


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_oversized_form_fields_are_refused_with_400(client, db):
    response = client.post("/admin/login/", {"username": "x" * 2000, "password": "y"})
    assert response.status_code == 400
    assert "リクエストを処理できませんでした" in response.content.decode()


@pytest.mark.parametrize("size", [10, 900])
def test_ordinary_bodies_pass(client, db, size):
    with override_settings(REQUEST_BODY_MAX_SIZE=2048):
        response = client.post("/accounts/login/", {"login": "x" * size, "password": "y"})
    assert response.status_code == 200  # the sign-in form again, with its error


@override_settings(REQUEST_BODY_MAX_SIZE=1024)
def test_the_413_page_speaks_english_under_en(client, db):
    response = client.post("/en/", {"note": "x" * 4096})
    assert response.status_code == 413
    assert "What you sent is too large" in response.content.decode()
