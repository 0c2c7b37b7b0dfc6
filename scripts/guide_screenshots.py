"""Screenshots of the real screens for the coordinators' guide (ヘルプ, /admin/help/).

Run `make guide` (or `.venv/bin/python scripts/guide_screenshots.py`). The script builds a
throwaway SQLite database in a temporary folder (migrate, the demo data, a coordinator of
荒川区), serves it with `runserver --noreload` on a free 127.0.0.1 port, drives Debian's
Chromium with Playwright, and writes one optimized PNG per row of SCREENS to static/guide/.
The guide's template (templates/portal/coordinator_guide.html) names the same files;
tests/portal/test_guide.py checks both lists agree.

A screen that is not there yet (its page answers 404, or the part it must show is missing)
is skipped with a message and its old PNG kept: the exit status is non-zero only when
something really failed (the server did not start, Chromium crashed, a page answered 500).
"""

import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "guide"
CHROMIUM = Path(os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
COORDINATOR_EMAIL = "guide-coordinator@example.org"
COORDINATOR_PASSWORD = "guide-screens-only"  # a throwaway database: never a real account


@dataclass(frozen=True)
class Screen:
    file: str  # under static/guide/; the guide's <img> names the same file
    url: str  # path on the site; {cafe} and {report} are the demo's monthly café and its report
    shows: str  # what the picture shows (the guide's alt text says it in full)
    phone: bool = False  # 375 px wide instead of 1280
    signed_in: bool = True  # as the coordinator of 荒川区; False: a visitor not signed in
    needs: str = ""  # CSS selector that must be on the page, else the screen is skipped
    focus: str = ""  # CSS selector scrolled to the top when present (else the page's top)
    click: str = ""  # CSS selector clicked before the shot (e.g. 保存 to show the errors)


# One row per picture in the guide, in the guide's order.
SCREENS = [
    Screen("login.png", "/accounts/login/?next=/admin/", "サインインの画面", signed_in=False),
    Screen("start.png", "/admin/", "コーディネーターのスタートページ"),
    Screen("start-phone.png", "/admin/", "スマートフォンで見たスタートページ", phone=True),
    Screen(
        "theme-add.png",
        "/admin/areas/yearlytheme/add/",
        "取り組みテーマの追加（地域と年度が入り、前年度からコピーのボタン）",
    ),
    Screen(
        "event-add.png",
        "/admin/events/event/add/",
        "活動・イベントの追加（開催状況・公開状況・繰り返し）",
        focus=".form-row.field-status",
    ),
    Screen(
        "occurrence.png",
        "/admin/events/event/{cafe}/change/",
        "月1回のカフェの変更画面（1回だけの中止・日時変更の欄）",
        focus='[id*="occurrence"][id$="-group"]',
    ),
    Screen(
        "report-photos.png",
        "/admin/events/activityreport/{report}/change/",
        "実施報告の変更画面（写真と写真の説明）",
        focus=".form-row.field-new_photos",
    ),
    Screen("preview.png", "/preview/events/{cafe}/", "活動・イベントのプレビュー"),
    Screen(
        "error.png",
        "/admin/events/event/add/",
        "入力が足りないときの赤いメッセージ",
        click="input[name=_save]",
    ),
]


class Skipped(Exception):
    """The screen is not there yet (another part of the admin will bring it)."""


# --- the throwaway site ------------------------------------------------------------------


def prepare_database(folder: Path) -> dict:
    """Migrate a new SQLite database, load the demo, add the coordinator; the URL fillers."""
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'guide.sqlite3'}"
    os.environ["DJANGO_MEDIA_ROOT"] = str(folder / "media")
    os.environ["DJANGO_DEBUG"] = "true"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    call_command("load_demo", verbosity=0)
    add_coordinator()
    fillers = demo_rows()
    from django.db import connections

    connections.close_all()
    return fillers


def add_coordinator():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from areas.models import AreaGroup

    user = get_user_model().objects.create_user(
        username="hanako",
        email=COORDINATOR_EMAIL,
        password=COORDINATOR_PASSWORD,
        first_name="花子",
        last_name="山田",
        is_staff=True,
    )
    user.groups.add(Group.objects.get(name=settings.COORDINATOR_GROUP))
    AreaGroup.objects.get(slug="arakawa").coordinators.add(user)


def demo_rows() -> dict:
    """The rows the URLs name: the demo's monthly café of 荒川区 and its latest report."""
    from events.models import ActivityReport, Event

    cafe = Event.objects.filter(title="荒川コープカフェ").order_by("pk").first()
    report = ActivityReport.objects.filter(event=cafe).order_by("-held_on").first()
    return {"cafe": cafe.pk if cafe else None, "report": report.pk if report else None}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = (folder / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2):
                return server, base
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise RuntimeError(f"the site did not start; see {folder / 'server.log'}")


# --- the browser -------------------------------------------------------------------------


def sign_in(context, base: str):
    page = context.new_page()
    page.goto(base + "/accounts/login/?next=/admin/")
    page.locator("input[name=login]").fill(COORDINATOR_EMAIL)
    page.locator("input[name=password]").fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name="サインイン").click()
    page.wait_for_url(base + "/admin/")
    page.close()


def shoot(context, base: str, screen: Screen, fillers: dict) -> bytes:
    missing = [key for key, value in fillers.items() if "{" + key + "}" in screen.url and not value]
    if missing:
        raise Skipped(f"the demo data has no {', '.join(missing)}")
    url = base + screen.url.format(**fillers)
    page = context.new_page()
    try:
        response = page.goto(url)
        if response.status == 404:
            raise Skipped(f"{screen.url} answers 404")
        if response.status >= 400:
            raise RuntimeError(f"{url} answered {response.status}")
        if screen.needs and page.locator(screen.needs).count() == 0:
            raise Skipped(f"{screen.needs!r} is not on {screen.url}")
        if screen.click:
            page.locator(screen.click).first.click()
            page.wait_for_load_state()
        if screen.focus:
            scroll_to(page, screen)
        return page.screenshot()
    finally:
        page.close()


def scroll_to(page, screen: Screen):
    target = page.locator(screen.focus).first
    if target.count() == 0:
        print(f"  note: {screen.file}: {screen.focus!r} not found, the page's top is shown")
        return
    target.evaluate(
        "element => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 8)"
    )


def optimized_png(raw: bytes) -> bytes:
    """A 256-colour PNG: screen text stays sharp and the file is a fraction of the size."""
    from PIL import Image

    image = Image.open(io.BytesIO(raw)).convert("RGB")
    palette = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    palette.save(out, format="PNG", optimize=True)
    return out.getvalue()


def take_all(base: str, fillers: dict) -> tuple[list[str], list[str]]:
    """Write every screen; (skipped, failed) messages."""
    from playwright.sync_api import sync_playwright

    skipped, failed = [], []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        visitor = browser.new_context(viewport=DESKTOP, locale="ja-JP")
        desktop = browser.new_context(viewport=DESKTOP, locale="ja-JP")
        sign_in(desktop, base)
        phone = browser.new_context(
            viewport=PHONE, locale="ja-JP", storage_state=desktop.storage_state()
        )
        for screen in SCREENS:
            context = visitor if not screen.signed_in else phone if screen.phone else desktop
            try:
                png = optimized_png(shoot(context, base, screen, fillers))
            except Skipped as reason:
                skipped.append(f"{screen.file}: skipped, {reason} (the old picture is kept)")
                continue
            except Exception as error:  # reported; the exit status says so
                failed.append(f"{screen.file}: {type(error).__name__}: {error}")
                continue
            (OUTPUT / screen.file).write_bytes(png)
            print(f"  {screen.file}: {len(png) // 1024} KB — {screen.shows}")
        browser.close()
    return skipped, failed


def main() -> int:
    if not CHROMIUM.exists():
        print(f"Chromium is needed at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="guide-screens-"))
    server = None
    try:
        print(f"Preparing a throwaway database in {folder} …")
        fillers = prepare_database(folder)
        server, base = start_server(folder)
        print(f"Serving at {base}; writing {OUTPUT.relative_to(ROOT)}/")
        skipped, failed = take_all(base, fillers)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    for line in skipped:
        print(line)
    for line in failed:
        print(f"FAILED {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
