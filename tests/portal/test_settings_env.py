import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from core.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw", ["1", "true", "Yes", "ON"])
def test_env_bool_reads_true(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "off", ""])
def test_env_bool_reads_false(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", default=True) is False


def test_env_bool_refuses_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG")


def test_env_int_refuses_nonsense(monkeypatch):
    monkeypatch.setenv("COUNT", "ten")
    with pytest.raises(ImproperlyConfigured, match="COUNT"):
        env_int("COUNT", 1)


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("HOSTS", " example.org, www.example.org ,,")
    assert env_list("HOSTS") == ["example.org", "www.example.org"]


def load_settings(**env):
    """Import the settings in a fresh interpreter with exactly these variables."""
    code = (
        "import portal.settings as s; "
        "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_require_a_secret_key():
    result = load_settings(DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_postgres_url_selects_the_postgresql_backend():
    result = load_settings(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="machizukuri.example.org",
        DATABASE_URL="postgres://portal:secret@127.0.0.1:5432/portal",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["False", "django.db.backends.postgresql"]
    assert "machizukuri.example.org" in result.stdout


def test_a_bad_database_url_fails_loudly():
    result = load_settings(DATABASE_URL="nosuchdb://whatever")
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_a_bad_debug_value_fails_loudly():
    result = load_settings(DJANGO_DEBUG="perhaps")
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr
