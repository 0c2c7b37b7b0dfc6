"""export_portal / import_portal: every page is the same after a round trip between databases.

SQLite → PostgreSQL → SQLite when the suite runs on PostgreSQL (DATABASE_URL, as in CI);
SQLite → SQLite → SQLite otherwise.
"""

import json
import os
import re
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from opendata.store import FOLDER as OPEN_DATA_FOLDER

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


class Site:
    """One database and one media folder, driven through subprocesses."""

    def __init__(self, database_url, media_root):
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(media_root),
            "DJANGO_ALLOWED_HOSTS": "testserver",
        }
        self.media_root = media_root

    def run(self, *args):
        return manage(self.env, "manage.py", *args)

    def pages(self, tmp_path):
        out = tmp_path / f"pages-{uuid.uuid4().hex}.json"
        manage(self.env, "-m", "tests.portal.portability_pages", "render", str(out))
        return json.loads(out.read_text(encoding="utf-8"))

    def media(self):
        """The uploaded files; each site builds its own open-data ZIP when its page is shown."""
        return {
            str(p.relative_to(self.media_root)): p.read_bytes()
            for p in sorted(self.media_root.rglob("*"))
            if p.is_file() and p.relative_to(self.media_root).parts[0] != OPEN_DATA_FOLDER
        }


@pytest.fixture
def postgres_or_sqlite(tmp_path):
    """A fresh database URL: a new PostgreSQL database when the suite runs on one."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'middle.sqlite3'}"
        return
    import psycopg

    base, _, _ = url.rpartition("/")
    name = f"mz_roundtrip_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_every_page_survives_a_round_trip_between_databases(tmp_path, postgres_or_sqlite):
    first = Site(f"sqlite:///{tmp_path / 'first.sqlite3'}", tmp_path / "media-first")
    first.run("migrate", "-v", "0")
    manage(first.env, "-m", "tests.portal.portability_pages", "seed")
    before = first.pages(tmp_path)
    first.run("export_portal", str(tmp_path / "one.zip"))

    middle = Site(postgres_or_sqlite, tmp_path / "media-middle")
    middle.run("migrate", "-v", "0")
    middle.run("import_portal", str(tmp_path / "one.zip"))
    in_the_middle = middle.pages(tmp_path)
    middle.run("export_portal", str(tmp_path / "two.zip"))

    last = Site(f"sqlite:///{tmp_path / 'last.sqlite3'}", tmp_path / "media-last")
    last.run("migrate", "-v", "0")
    last.run("import_portal", str(tmp_path / "two.zip"))
    after = last.pages(tmp_path)

    assert len(before) > 10
    assert "荒川" in before["/"]["body"]
    assert "コープみらい" in before["/admin/coops/organization/"]["body"]
    assert all(page["status"] == 200 for page in before.values()), {
        url: page["status"] for url, page in before.items() if page["status"] != 200
    }
    for url in before:
        assert in_the_middle[url] == before[url], f"{url} differs after the first import"
        assert after[url] == before[url], f"{url} differs after the second import"
    assert first.media() == middle.media() == last.media()
    assert "logos/coop-logo.png" in last.media()
    # The open-data ZIP the first site built is not carried over as a stale copy.
    assert any((first.media_root / OPEN_DATA_FOLDER).iterdir())
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        assert not [n for n in archive.namelist() if n.startswith(f"media/{OPEN_DATA_FOLDER}/")]


def test_import_refuses_a_database_that_already_has_data(demo, tmp_path):
    archive = tmp_path / "portal.zip"
    call_command("export_portal", str(archive))
    with pytest.raises(CommandError, match="already holds portal data"):
        call_command("import_portal", str(archive))


def test_import_refuses_a_file_that_is_not_an_export(db, tmp_path):
    bogus = tmp_path / "notes.zip"
    bogus.write_bytes(b"not a zip at all")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_portal", str(bogus))


def test_an_import_that_fails_midway_saves_nothing(db, tmp_path):
    import zipfile

    from coops.models import Organization

    rows = [
        {
            "model": "coops.organization",
            "pk": 1,
            "fields": {"name": "コープA", "slug": "coop-a", "kind": "regional_coop"},
        },
        {
            "model": "areas.membership",
            "pk": 1,
            "fields": {
                "area_group": ["no-such-group"],
                "organization": ["coop-a"],
                "fiscal_year": 2023,
            },
        },
    ]
    archive = tmp_path / "broken.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "machizukuri-portal-export",
                    "version": 1,
                    "created": "2024-04-01T00:00:00+09:00",
                    "models": {"coops.organization": 1, "areas.membership": 1},
                    "media_files": 0,
                }
            ),
        )
        zf.writestr("data.json", json.dumps(rows, ensure_ascii=False))
    with pytest.raises(CommandError, match="nothing was saved"):
        call_command("import_portal", str(archive))
    assert not Organization.objects.exists()


def test_an_import_keeps_the_history_as_exported_and_adds_none(demo, tmp_path):
    """Loading events sets their area groups, whose signal would write history rows of its
    own (on PostgreSQL they collide with the exported ones and the import fails)."""
    import sqlite3
    import zipfile

    archive = tmp_path / "portal.zip"
    call_command("export_portal", str(archive))
    exported = json.loads(zipfile.ZipFile(archive).read("data.json"))
    histories = {
        obj["model"]: sum(1 for o in exported if o["model"] == obj["model"])
        for obj in exported
        if ".historical" in obj["model"]
    }
    assert histories.get("events.historicalevent", 0) > 0

    fresh = Site(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", tmp_path / "media-fresh")
    fresh.run("migrate", "-v", "0")
    fresh.run("import_portal", str(archive))

    with sqlite3.connect(tmp_path / "fresh.sqlite3") as db:
        for model, count in histories.items():
            app_label, name = model.split(".")
            table = f"{app_label}_{name}"
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, model


def test_an_archive_made_before_plans_and_the_booklet_moved_still_imports(demo, tmp_path):
    """An export from before the layout change names わたまちプラン's models under areas and
    events, the booklet under portal, in rows, admin log entries and group permissions."""
    import sqlite3
    import zipfile

    from booklet import services
    from portal.portability import MOVED_MODELS

    services.publish(2023, None)
    current = tmp_path / "current.zip"
    call_command("export_portal", str(current))
    old_labels = {new: old for old, new in MOVED_MODELS.items()}
    with zipfile.ZipFile(current) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        text = zf.read("data.json").decode()
    for new, old in old_labels.items():
        new_app, new_model = new.split(".")
        old_app, old_model = old.split(".")
        text = text.replace(f'"{new}"', f'"{old}"')
        # Natural keys: a permission's [codename, app, model], a content type's [app, model].
        text = re.sub(rf'"{new_app}",(\s*)"{new_model}"', rf'"{old_app}",\g<1>"{old_model}"', text)
    assert '"areas.areaplan"' in text and '"portal.publishedreport"' in text
    assert re.search(r'"view_areaplan",\s*"areas",\s*"areaplan"', text)
    manifest["models"] = {old_labels.get(k, k): n for k, n in manifest["models"].items()}
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        zf.writestr("data.json", text)

    fresh = Site(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", tmp_path / "media-fresh")
    fresh.run("migrate", "-v", "0")
    fresh.run("import_portal", str(old))

    with sqlite3.connect(tmp_path / "fresh.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM plans_areaplan").fetchone()[0] >= 1
        assert db.execute("SELECT count(*) FROM plans_issuesource").fetchone()[0] >= 1
        assert db.execute("SELECT count(*) FROM portal_publishedreport").fetchone()[0] == 1
        coordinator_plan_grants = db.execute(
            "SELECT count(*) FROM auth_group_permissions gp"
            " JOIN auth_group g ON g.id = gp.group_id"
            " JOIN auth_permission p ON p.id = gp.permission_id"
            " JOIN django_content_type ct ON ct.id = p.content_type_id"
            " WHERE g.name = 'コーディネーター' AND ct.app_label = 'plans'"
        ).fetchone()[0]
        # 30, and view/change/delete of the voices residents send (VoiceSubmission)
        assert coordinator_plan_grants == 33


def test_an_archive_made_before_editions_imports_its_report_as_the_first_edition(demo, tmp_path):
    """Before editions a report had no network nor number (and counted its publications);
    the year's lead and theme policy were its charter's."""
    import sqlite3
    import zipfile

    current = tmp_path / "current.zip"
    call_command("export_portal", str(current))
    with zipfile.ZipFile(current) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        rows = json.loads(zf.read("data.json"))
    old_rows = []
    for row in rows:
        fields = row["fields"]
        if row["model"] == "booklet.yearbooklet":
            continue
        if row["model"] == "booklet.publishedreport":
            for name in ("network", "number", "withdrawn_at", "withdrawn_by", "withdrawal_reason"):
                fields.pop(name)
            fields |= {"first_published_at": fields["published_at"], "publish_count": 2}
            row["model"] = "portal.publishedreport"
        if row["model"] == "areas.charter":
            fields |= {"introduction": "昔のはじめに", "theme_policy": "昔の方針"}
        old_rows.append(row)
    manifest["models"].pop("booklet.yearbooklet")
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        zf.writestr("data.json", json.dumps(old_rows, ensure_ascii=False))

    fresh = Site(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", tmp_path / "media-fresh")
    fresh.run("migrate", "-v", "0")
    fresh.run("import_portal", str(old))

    with sqlite3.connect(tmp_path / "fresh.sqlite3") as db:
        assert db.execute(
            "SELECT n.slug, r.fiscal_year, r.number FROM portal_publishedreport r"
            " JOIN areas_network n ON n.id = r.network_id"
        ).fetchall() == [("tokyo", 2023, 1)]
        assert db.execute(
            "SELECT fiscal_year, lead, theme_policy FROM booklet_yearbooklet"
        ).fetchall() == [(2023, "昔のはじめに", "昔の方針")]
