"""Production settings: the deploy check passes, and each setting follows its variable."""

import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    """The variables README.md asks a production server to set."""
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "machizukuri.example.org",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://machizukuri.example.org",
        "DJANGO_SMTP_HOST": "smtp.example.org",
        **extra,
    }


def deploy_check(env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def setting(env, expression):
    code = (
        f"import django; django.setup(); from django.conf import settings as s; print({expression})"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_deploy_check_passes_with_production_settings():
    result = deploy_check(production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_fails_when_cookies_are_not_secure():
    result = deploy_check(production_env(DJANGO_SECURE_COOKIES="false"))
    assert result.returncode != 0
    assert "SESSION_COOKIE_SECURE" in result.stderr + result.stdout


def test_production_cookies_are_secure_and_http_only():
    values = setting(
        production_env(),
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS",
    )
    assert values == "True True True True True 31536000"


def test_the_proxy_header_is_trusted_only_when_told():
    expression = "getattr(s, 'SECURE_PROXY_SSL_HEADER', None)"
    assert setting(production_env(), expression) == "None"
    assert setting(production_env(DJANGO_BEHIND_TLS_PROXY="true"), expression) == (
        "('HTTP_X_FORWARDED_PROTO', 'https')"
    )


def test_development_uses_local_memory_and_production_the_database_cache():
    backend = "s.CACHES['default']['BACKEND']"
    assert setting({"PATH": "/usr/bin:/bin"}, backend).endswith("LocMemCache")
    assert setting(production_env(), backend).endswith("DatabaseCache")


def test_redis_url_selects_djangos_redis_cache():
    values = setting(
        production_env(REDIS_URL="redis://127.0.0.1:6379/1"),
        "s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION']",
    )
    assert values == "django.core.cache.backends.redis.RedisCache redis://127.0.0.1:6379/1"


def test_a_bucket_name_moves_media_to_object_storage():
    env = production_env(
        AWS_STORAGE_BUCKET_NAME="machizukuri-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
    )
    values = setting(env, "s.STORAGES['default']['BACKEND'], s.AWS_S3_ENDPOINT_URL, s.SERVE_MEDIA")
    assert values == "storages.backends.s3.S3Storage https://s3.example.net False"
    storage = "__import__('django.core.files.storage').core.files.storage.storages['default']"
    assert setting(env, f"type({storage}).__name__, {storage}.bucket_name") == (
        "S3Storage machizukuri-media"
    )
    assert setting(production_env(), "s.STORAGES['default']['BACKEND']").endswith(
        "FileSystemStorage"
    )


def test_static_files_are_compressed_and_hashed_in_production():
    backend = setting(production_env(), "s.STORAGES['staticfiles']['BACKEND']")
    assert backend == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_a_cdn_for_static_files_is_allowed_by_the_content_security_policy():
    env = production_env(
        DJANGO_STATIC_URL="https://cdn.example.net/static/",
        AWS_STORAGE_BUCKET_NAME="machizukuri-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.net",
    )
    values = setting(env, "s.STATIC_URL, s.SECURE_CSP['script-src'][-1], s.SECURE_CSP['img-src']")
    assert values.startswith("https://cdn.example.net/static/ https://cdn.example.net ")
    assert "'https://media.example.net'" in values
