"""Browser tests: Playwright for Python driving Debian's Chromium against live_server.

Without /usr/bin/chromium these tests are skipped with the reason (visible in the -ra
summary); in CI (CI=true) a missing Chromium is a failure. A failed test leaves a
screenshot at artifacts/e2e/<test-name>.png.
"""

import os
import re
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps

from areas.models import Municipality
from portal.demo.loader import load_demo
from portal.public_pages import publish_sample_year

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
    load_demo()
    publish_sample_year()
    return live_server.url


@pytest.fixture
def page(browser, request):
    """A fresh desktop browser page; on failure its screenshot is kept under artifacts/e2e/."""
    context = browser.new_context(viewport=DESKTOP, locale="ja-JP")
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so `page` can tell a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report
