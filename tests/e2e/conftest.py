"""Browser tests: Playwright for Python driving Debian's Chromium against live_server.

Without /usr/bin/chromium these tests are skipped with the reason (visible in the -ra
summary); in CI (CI=true) a missing Chromium is a failure. A failed test leaves a
screenshot at artifacts/e2e/<test-name>.png.
"""

import os
import re
import time
from importlib import import_module
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from areas.models import Municipality
from portal.demo.loader import load_demo
from portal.public_pages import publish_sample_year
from tests.conftest import PASSWORD

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"
        if _in_ci():
            pytest.fail(f"CI requires the browser tests: {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # beside one unless told it is safe (it is: the loop only drives the browser). Set only
    # once a browser test starts, so the rest of the suite keeps Django's check.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server):
    """The running site with the demo data; its base URL."""
    # A browser test runs in a transaction-less database that is emptied after each test.
    # Serialized rollback restores the shipped municipalities where the backend keeps the
    # snapshot; where it does not (in-memory SQLite after other tests), load them again.
    if not Municipality.objects.exists():
        import_module("areas.migrations.0002_load_tokyo_municipalities").load(apps, None)
    _restore_roles()
    load_demo()
    publish_sample_year()
    return live_server.url


def _restore_roles():
    """The 事務局 and コーディネーター groups (data migrations) where the snapshot lacks them.

    The roles migration (portal 0002) named the models by the apps they had then; わたまちプラン
    and the booklet have moved since (plans, booklet), so its table is read here and each
    model is found under its current app."""
    if Group.objects.filter(name=settings.SECRETARIAT_GROUP).exists():
        return
    roles = import_module("portal.migrations.0002_roles")
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0)
    by_name = {model._meta.model_name: model for model in apps.get_models()}
    ours = [*roles.PORTAL_APPS, "plans", "booklet"]
    secretariat = Group.objects.create(name=settings.SECRETARIAT_GROUP)
    secretariat.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=ours),
        *Permission.objects.filter(
            content_type__app_label="auth", codename__in=["view_user", "add_user", "change_user"]
        ),
    )
    coordinator = Group.objects.create(name=settings.COORDINATOR_GROUP)
    for models in roles.COORDINATOR_PERMISSIONS.values():
        for model_name, actions in models.items():
            coordinator.permissions.add(
                *Permission.objects.filter(
                    content_type=ContentType.objects.get_for_model(by_name[model_name]),
                    codename__in=[f"{action}_{model_name}" for action in actions],
                )
            )
    _grant_later_permissions()


def _grant_later_permissions():
    """The grants of the models added since the booklet moved (portal 0005…), run as
    `migrate` runs them, on the migrations' final state of the models. (0003–0004 granted
    the booklet's permissions while it lived in portal: given above, by its current app.)"""
    state = MigrationLoader(connection).project_state().apps
    folder = Path(import_module("portal.migrations").__file__).parent
    for path in sorted(folder.glob("0*.py")):
        migration = import_module(f"portal.migrations.{path.stem}")
        if path.stem >= "0005" and hasattr(migration, "grant"):
            migration.grant(state, None)


@pytest.fixture
def new_page(browser, request):
    """Open fresh desktop pages, each in its own browser context (its own cookies: a second
    visitor). On failure every page opened is kept as a screenshot under artifacts/e2e/:
    the first as <test-name>.png, the next ones as <test-name>-2.png, -3…"""
    contexts = []

    def open_page(**options):
        context = browser.new_context(viewport=DESKTOP, locale="ja-JP", **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
        for number, context in enumerate(contexts, start=1):
            suffix = "" if number == 1 else f"-{number}"
            for tab in context.pages[-1:]:
                tab.screenshot(path=str(ARTIFACTS / f"{name}{suffix}.png"), full_page=True)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A fresh desktop browser page; on failure its screenshot is kept under artifacts/e2e/."""
    return new_page()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so `page` can tell a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# --- signing in -----------------------------------------------------------------------

TOTP_SECRET = "JBSWY3DPEHPK3PXP"
TOTP_PERIOD = 30


@pytest.fixture
def office(site):
    """A 事務局 member whose authenticator app is already set up."""
    user = get_user_model().objects.create_user(
        username="office", email="office@example.org", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=settings.SECRETARIAT_GROUP))
    TOTP.activate(user, TOTP_SECRET)
    return user


def authenticator_code() -> str:
    """What the authenticator app shows now; waits out the last seconds of a period so the
    code is still valid when the server checks it."""
    if time.time() % TOTP_PERIOD > TOTP_PERIOD - 3:
        time.sleep(TOTP_PERIOD - time.time() % TOTP_PERIOD + 0.1)
    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // TOTP_PERIOD))


def sign_in(page, site, user):
    page.goto(site + "/accounts/login/?next=/admin/")
    assert page.get_by_role("heading", level=1).inner_text() == "サインイン"
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="サインイン").click()
