"""Secrets in paths (invitation tokens, password-reset and e-mail confirmation keys) never
reach a log line: not the access line, not Django's "Not Found", not gunicorn's access log."""

import datetime
import logging
import runpy
from types import SimpleNamespace

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from areas.models import Invitation

pytestmark = pytest.mark.django_db

SECRET_KWARGS = {"token", "key", "uidb36", "uidb64"}


def lines(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records]


def access_line(caplog) -> str:
    (record,) = [r for r in caplog.records if r.name == "portal.access"]
    return record.getMessage()


def assert_nowhere(secret: str, caplog) -> None:
    assert caplog.records
    for line in lines(caplog):
        assert secret not in line
    assert secret not in caplog.text


@pytest.fixture
def invitation_token(db):
    invitation = Invitation(email="new.coordinator@example.org")
    token = invitation.new_token()
    invitation.save()
    return token


@pytest.fixture
def logs(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_invitation_link_is_logged_without_its_token(client, invitation_token, logs, prefix):
    response = client.get(f"{prefix}/accounts/invitation/{invitation_token}/")
    assert response.status_code == 200
    assert_nowhere(invitation_token, logs)
    assert f"GET {prefix}/accounts/invitation/[redacted]/ 200" in access_line(logs)


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/invitation/{token}/",  # unknown token: the view answers 404
        "/accounts/invitation/{token}/more/",  # no such page: Django's "Not Found"
        "/en/accounts/invitation/{token}/more/",
        "/accounts/invitation/{token}",  # no slash: redirected
    ],
)
def test_a_wrong_invitation_link_is_logged_without_its_token(client, logs, path):
    token = "Zk3vQ9mL2xR7tW1yB8nC4dF6gH0jK5pS-aE_uI2oP"
    response = client.get(path.format(token=token))
    assert response.status_code in (301, 404)
    assert_nowhere(token, logs)
    assert "/accounts/invitation/[redacted]" in access_line(logs)
    if response.status_code == 404:
        (not_found,) = [r for r in logs.records if r.name == "django.request"]
        assert "Not Found: " in not_found.getMessage()
        assert "/accounts/invitation/[redacted]" in not_found.getMessage()


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/invitation/%20{token}/",  # a link broken by an e-mail program
        "/accounts//invitation/{token}/",
        "/Accounts/invitation/{token}/",
        "/en//accounts/INVITATION/{token}/",
    ],
)
def test_a_mangled_invitation_link_is_logged_without_its_token(client, logs, path):
    token = "Zk3vQ9mL2xR7tW1yB8nC4dF6gH0jK5pS-aE_uI2oP"
    client.get(path.format(token=token))
    assert_nowhere(token, logs)


def test_a_password_reset_link_is_logged_without_its_key(client, resident, logs):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    key = default_token_generator.make_token(resident)
    uid = user_pk_to_url_str(resident)
    response = client.get(f"/accounts/password/reset/key/{uid}-{key}/")
    assert response.status_code == 302  # allauth keeps the key in the session
    assert_nowhere(key, logs)
    assert "GET /accounts/password/reset/key/[redacted]" in access_line(logs)


def test_a_bad_password_reset_key_and_an_email_confirmation_key_are_not_logged(client, logs):
    secret = "cg3mhq-6a1f0e9d8c7b6a5f4e3d"
    client.get(f"/accounts/password/reset/key/7-{secret}/")
    client.get(f"/en/accounts/confirm-email/MQ:1tVxyz:{secret}/")
    assert_nowhere(secret, logs)


def test_any_log_record_with_such_a_path_in_its_message_or_arguments_is_redacted(logs):
    token = "Zk3vQ9mL2xR7tW1yB8nC4dF6gH0jK5pS"
    log = logging.getLogger("portal.anything")
    log.warning("Forbidden (%s): %s", "CSRF", f"/accounts/invitation/{token}/")
    log.info(f"follow /en/accounts/password/reset/key/1-{token}/ to reset")
    log.info("%(path)s", {"path": f"/accounts/confirm-email/{token}/"})
    try:
        raise ValueError(f"/accounts/invitation/{token}/")
    except ValueError:
        log.exception("broken")
    assert_nowhere(token, logs)
    assert lines(logs)[0] == "Forbidden (CSRF): /accounts/invitation/[redacted]/"


def test_paths_without_secrets_are_logged_as_they_are(client, logs, db):
    client.get("/accounts/password/reset/key/done/")
    client.get("/events/123456/")
    messages = lines(logs)
    assert any("/accounts/password/reset/key/done/" in m for m in messages)
    assert any("/events/123456/" in m for m in messages)


def _secret_routes(resolver, namespace=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _secret_routes(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names = set(pattern.pattern.regex.groupindex) & SECRET_KWARGS
            if names:
                yield f"{namespace}{pattern.name}", names


def test_every_url_that_carries_a_secret_is_redacted():
    """A new URL with a token/key/uid argument must be known to the redaction rule."""
    from portal.log_redaction import redact_text

    routes = dict(_secret_routes(get_resolver()))
    assert {"staff:invitation_accept", "account_reset_password_from_key"} <= set(routes)
    for name, kwargs in routes.items():
        values = {kwarg: f"Secret{n}X9" for n, kwarg in enumerate(sorted(kwargs))}
        path = reverse(name, kwargs=values)
        redacted = redact_text(path)
        for value in values.values():
            assert value not in redacted, (name, redacted)
        assert "[redacted]" in redacted


def test_gunicorns_access_log_leaves_the_token_out(tmp_path):
    from gunicorn.config import Config

    conf = runpy.run_path("gunicorn.conf.py")
    cfg = Config()
    for name in ("logger_class", "access_log_format"):
        cfg.set(name, conf[name])
    cfg.set("accesslog", str(tmp_path / "access.log"))
    cfg.set("errorlog", str(tmp_path / "error.log"))
    logger = cfg.logger_class(cfg)
    token = "Zk3vQ9mL2xR7tW1yB8nC4dF6gH0jK5pS"
    path = f"/en/accounts/invitation/{token}/"
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?next={path}",
        "PATH_INFO": path,
        "QUERY_STRING": f"next={path}",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    response = SimpleNamespace(status="200 OK", headers=[("X-Request-ID", "abc")], sent=10)
    logger.access(response, SimpleNamespace(headers=[]), environ, datetime.timedelta(0, 0, 5))
    logger.error("Error handling request %s", path)
    access = (tmp_path / "access.log").read_text()
    assert '"GET /en/accounts/invitation/[redacted]/" 200' in access
    assert token not in access
    for log in (logger.access_log, logger.error_log):
        for handler in list(log.handlers):
            handler.close()
            log.removeHandler(handler)
    errors = (tmp_path / "error.log").read_text()
    assert "Error handling request /en/accounts/invitation/[redacted]/" in errors
    assert token not in errors
