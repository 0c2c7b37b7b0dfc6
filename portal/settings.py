"""Settings for the machizukuri portal.

Defaults serve a developer on SQLite; production differs only by environment
variables, each documented in README.md ("Configuration").
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from core.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

# On by default for a developer's machine; production sets DJANGO_DEBUG=false.
DEBUG = env_bool("DJANGO_DEBUG", default=True)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # Resident site: sitemap.xml (issue 3).
    "django.contrib.sitemaps",
    "django_filters",
    # Sign-in, two-factor and edit history (issue 4: staff accounts and the admin).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "simple_history",
    # Background work in production (core/mail.py): tasks stored in the database and run by
    # `manage.py db_worker`. Installed always, so its table exists whichever backend is chosen.
    "django_tasks_db",
    # Site search (issue 16): the index of public things, just above core; apps register
    # their models in their own search_documents.py.
    "search",
    "coops",
    "areas",
    # Residents ask an area group (issue 15): the message, its mail, the admin list.
    "inquiries",
    "events",
    # Residents sign up for an event's date without an account, with 補欠 (issue 15).
    "signups",
    # Residents follow areas by email: the weekly digest of new events and reports.
    "follows",
    # わたまちプラン: plans, issues, reviews, voices and the plan pages.
    "plans",
    # The yearly booklet (年度報告): its model, pages, PDF, dashboard and exports.
    "booklet",
    # Open data (issue 16): the public data as a ZIP of CSV and JSON at /open-data/.
    "opendata",
    "portal",
]

MIDDLEWARE = [
    # Production (issue 7): a request id on every request and its log lines, then the
    # security headers (HSTS, nosniff, Referrer-Policy, COOP), the CSP header, the
    # load-balancer probes (before the Host check), and the refusal of oversized bodies
    # before anything reads them.
    "portal.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "portal.middleware.ProbeMiddleware",
    "portal.middleware.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous page cache (portal/page_cache.py): a hit skips everything below.
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff accounts (issue 4): allauth's session handling, the secretariat's
    # mandatory two-factor check before the admin, and who made each history entry.
    "allauth.account.middleware.AccountMiddleware",
    "areas.middleware.SecretariatMFARequiredMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # csp_nonce for the rare inline <script nonce="{{ csp_nonce }}">.
                "django.template.context_processors.csp",
            ],
        },
    },
]

# Database: DATABASE_URL, e.g. postgres://user:pass@127.0.0.1:5432/machizukuri
# (psycopg 3 is the PostgreSQL driver). Default: an SQLite file in the project.
_database_url = env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
try:
    DATABASES = {
        "default": dj_database_url.parse(
            _database_url,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
    # Production (issue 7): give up on an unreachable PostgreSQL after a few seconds, so a
    # request fails fast (and /readyz says 503) instead of hanging while the database restarts.
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
            "DATABASE_CONNECT_TIMEOUT", 5
        )
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a database URL we understand: {exc}") from exc

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Japanese first, English second. Japanese pages have no URL prefix, English
# ones live under /en/ (see portal/urls.py).
LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語"), ("en", "English")]
# locale/ holds the portal's catalogues (makemessages writes only to the first path);
# locale_upstream/ja the Japanese that Django's and allauth's own catalogues lack (kept by
# hand, see its django.po).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
USE_I18N = True
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True
# Date formats per language (2023年4月1日(土) in Japanese).
FORMAT_MODULE_PATH = ["portal.formats"]

# A CDN in front of the app (origin pull) is named here: https://cdn.example.org/static/
STATIC_URL = env_str("DJANGO_STATIC_URL") or "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

SITE_NAME = _("東京の生協のまちづくり")
# The site's address, for links in emails sent without a request (open_fiscal_year).
SITE_URL = env_str("DJANGO_SITE_URL") or "http://localhost:8000"
# The font of the share cards (og:image, portal/og_cards.py); empty: Noto Sans CJK found by
# fontconfig or at Debian's path, else Pillow's own font.
OG_CARD_FONT = env_str("PORTAL_OG_CARD_FONT")

# --- Staff accounts, sign-in and two-factor (issue 4) --------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"  # staff are invited: the invitation link proves the address
ACCOUNT_ADAPTER = "areas.accounts.ClosedSignupAccountAdapter"  # no self-signup
# On by default; failed sign-ins: 5 per account and 20 per address (an office shares one) in 5 min.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/5m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "東京の生協のまちづくり"
SECRETARIAT_GROUP = "事務局"
COORDINATOR_GROUP = "コーディネーター"
INVITATION_MAX_AGE_DAYS = env_int("INVITATION_MAX_AGE_DAYS", 7)
# Invitation emails. Console in development; production names its backend (issue 7).
# Production sends through SMTP (DJANGO_SMTP_HOST …); development prints to the console.
_smtp_host = env_str("DJANGO_SMTP_HOST")
if _smtp_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _smtp_host,
                "port": env_int("DJANGO_SMTP_PORT", 587),
                "username": env_str("DJANGO_SMTP_USER") or None,
                "password": env_str("DJANGO_SMTP_PASSWORD") or None,
                "use_tls": env_bool("DJANGO_SMTP_USE_TLS", default=True),
                "timeout": env_int("DJANGO_SMTP_TIMEOUT", 10),
            },
        }
    }
else:
    MAILERS = {
        "default": {
            "BACKEND": env_str("DJANGO_EMAIL_BACKEND")
            or "django.core.mail.backends.console.EmailBackend"
        }
    }
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL") or "machizukuri@localhost"

# Residents' sign-ups and messages are erased this many days after they stop being needed
# (core/retention.py).
PERSONAL_DATA_RETENTION_DAYS = env_int("PORTAL_PERSONAL_DATA_RETENTION_DAYS", 180)
# The 事務局's contact for residents' questions and deletion requests, shown on /privacy/.
PORTAL_PRIVACY_CONTACT = env_str("PORTAL_PRIVACY_CONTACT")

# The proxies in front of the app (nginx, a load balancer), the same list gunicorn trusts: a
# resident's address is read from their X-Forwarded-For (core/form_guards.client_ip).
TRUSTED_PROXIES = env_list("GUNICORN_FORWARDED_ALLOW_IPS", ["127.0.0.1", "::1"])

# Background work (core/mail.py). `immediate` (development, tests, `make run`) runs each task at
# once, in the request; `database` (production) stores it for `manage.py db_worker` to run, so a
# mail server that is down delays a mail instead of losing it (core/mail.py retries).
_TASK_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_tasks_backend = env_str("PORTAL_TASKS_BACKEND", "immediate")
if _tasks_backend not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"PORTAL_TASKS_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {_tasks_backend!r}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[_tasks_backend]}}
# Rate limits use the shared cache configured in the Cache section below.

# The prefecture whose municipalities the portal ships (and generated data fills).
PORTAL_PREFECTURE = env_str("PORTAL_PREFECTURE", "東京都")
# The network (連絡会) the site's own pages and /reports/<year>/ speak for; other networks
# (the Saitama わたまち example) have their own listing, figures and booklet.
PORTAL_DEFAULT_NETWORK = env_str("PORTAL_DEFAULT_NETWORK", "tokyo")

# The licence of the open data (/open-data/, opendata/): named on the page, in the README and
# in every JSON file, with the words people credit the source with.
OPEN_DATA_LICENCE = {
    "name": env_str("OPEN_DATA_LICENCE_NAME", "クリエイティブ・コモンズ 表示 4.0 国際"),
    "name_en": env_str(
        "OPEN_DATA_LICENCE_NAME_EN", "Creative Commons Attribution 4.0 International"
    ),
    "url": env_str("OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/deed.ja"),
    "attribution": env_str("OPEN_DATA_ATTRIBUTION", "東京の生協のまちづくり"),
}


# ===========================================================================
# Production (issue 7). Everything below is driven by the environment alone and
# documented in README.md ("Configuration"); the defaults are safe for production
# (DJANGO_DEBUG=false) and convenient for development.
# ===========================================================================

# --- HTTPS, HSTS, cookies ---------------------------------------------------
# Behind a proxy that terminates TLS (nginx, a load balancer), set
# DJANGO_BEHIND_TLS_PROXY=true so Django trusts its X-Forwarded-Proto header. Never
# set it when clients can reach gunicorn directly: they could claim to be on HTTPS.
if env_bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe over plain HTTP; the probes answer there too.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
_secure_cookies = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
SESSION_COOKIE_SECURE = _secure_cookies
CSRF_COOKIE_SECURE = _secure_cookies
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Origins allowed to POST, e.g. https://machizukuri.example.org (scheme included).
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# --- Content-Security-Policy (Django's built-in CSP) --------------------------
# Scripts only from this site or with the per-request nonce; never 'unsafe-inline'.
# Static files from a CDN and media from object storage are allowed by their origin.
_static_origin = (
    "{0.scheme}://{0.netloc}".format(urlsplit(STATIC_URL)) if "//" in STATIC_URL else ""
)
_media_origin = env_str("DJANGO_MEDIA_ORIGIN") or (
    f"https://{env_str('AWS_S3_CUSTOM_DOMAIN')}" if env_str("AWS_S3_CUSTOM_DOMAIN") else ""
)
_static = [_static_origin] if _static_origin else []
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE, *_static],
    "style-src": [CSP.SELF, CSP.NONCE, *_static],
    "img-src": [CSP.SELF, "data:", *_static, *([_media_origin] if _media_origin else [])],
    "font-src": [CSP.SELF, *_static],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# --- Request sizes --------------------------------------------------------
# Form fields (not files) above this many bytes: 400 (Django's RequestDataTooBig).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)
# Uploaded files above this are streamed to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)
# Whole request bodies above this are refused with 413 before anything reads them
# (portal.middleware.RequestBodyLimitMiddleware). The web server should agree
# (nginx: client_max_body_size 10m).
REQUEST_BODY_MAX_SIZE = env_int("DJANGO_REQUEST_BODY_MAX_SIZE", 10 * 1024 * 1024)

# --- Media ----------------------------------------------------------------
# On the filesystem, media is served by portal.media.serve_media (images inline, all
# else as a download, never as HTML). With AWS_STORAGE_BUCKET_NAME set, media goes to
# S3-compatible object storage through django-storages, shared by every app server.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3).
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", default=False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
SERVE_MEDIA = not AWS_STORAGE_BUCKET_NAME and env_bool("DJANGO_SERVE_MEDIA", default=True)

# --- Cache ------------------------------------------------------------------
# One cache shared by every process and server: allauth's rate limits and the
# anonymous page cache live here, so production must not use per-process memory.
#   REDIS_URL set            -> Redis (Django's built-in backend)
#   else, DJANGO_DEBUG=false -> the database cache (table made by `createcachetable`)
#   else (development/tests) -> local memory
# DJANGO_CACHE=locmem|database forces one of the last two.
REDIS_URL = env_str("REDIS_URL")
_cache_kind = env_str("DJANGO_CACHE") or ("locmem" if DEBUG else "database")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "machizukuri",
            "TIMEOUT": 300,
        }
    }
elif _cache_kind == "database":
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }
elif _cache_kind == "locmem":
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "machizukuri",
        }
    }
else:
    raise ImproperlyConfigured(f"DJANGO_CACHE must be locmem or database, not {_cache_kind!r}")

# --- Logging: one line per request, each with its request id, to stdout ----
# portal.middleware.RequestIdMiddleware sets the id (X-Request-ID when sane) and logs
# "GET /path 200 12ms" without query strings, cookies, addresses or user names.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.request_id.RequestIdFilter"},
        # Invitation tokens and password-reset keys travel in paths: never in a log line.
        "redact_secrets": {"()": "portal.log_redaction.RedactSecretsFilter"},
    },
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id", "redact_secrets"],
            "formatter": "line",
        },
    },
    "root": {"handlers": ["stdout"], "level": env_str("DJANGO_LOG_LEVEL") or "INFO"},
    "loggers": {
        # Errors go to stdout with their request id (through the root), not by e-mail.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        # runserver's own access line carries the query string; ours does not.
        "django.server": {"handlers": [], "level": "ERROR", "propagate": True},
    },
}
# --- Anonymous page cache (portal/page_cache.py) ---------------------------------
# Whole public pages for anonymous visitors, kept in the default cache and dropped on
# any data change. Off by default while DEBUG is on (so template edits show at once);
# 0 turns it off. Several app servers need a shared cache (Redis/database) for it.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 0 if DEBUG else 120)
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/accounts/", "/bench/", f"/{MEDIA_URL}")

# --- Benchmark ceiling (bench/run) --------------------------------------------------
# DJANGO_BENCH_CEILING=1 serves /bench/ceiling/, a minimal view through the same
# middleware, that the benchmark measures every page against. 404 otherwise.
BENCH_CEILING = env_bool("DJANGO_BENCH_CEILING", default=False)
