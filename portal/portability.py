"""Export the whole portal to one .zip file, and load it into a fresh database.

The archive holds:
  manifest.json  format, version, when, and how many rows of each model
  data.json      Django's dumpdata of every model, with natural foreign keys, so
                 content types and permissions are found by name in any database
  media/…        every uploaded file, read through the storage (filesystem or S3)

Sessions, caches, background tasks and the content-type/permission tables (rebuilt by
`migrate`) are left out. Primary keys are kept, so every URL and page is the same after a restore.

Residents' personal data (models marked `personal_data = True`, core/personal_data.py) is left
out too, of the archive and of an import, unless `include_personal_data` is asked for: an
archive made to move or copy the portal need not carry anyone's name or address.
"""

import json
import tempfile
import zipfile
from collections import Counter
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction
from django.utils import timezone

from core.personal_data import personal_labels
from opendata.store import FOLDER as OPEN_DATA_FOLDER
from search import registry as search_index

FORMAT = "machizukuri-portal-export"
VERSION = 1

# Not portal data: rebuilt by migrate (content types, permissions) or short-lived.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "usersessions",
    "django_tasks_db",  # queued mails: short-lived, and they hold residents' addresses
    "search",  # the site search's index: rebuilt from the public rows after an import
]
# Rows that `migrate` itself ships; a fresh database already has them, identical.
SHIPPED_BY_MIGRATIONS = {
    "areas.municipality",  # areas 0002_load_tokyo_municipalities
    "auth.group",  # portal 0002_roles
    "areas.network",  # areas 0008_networks
}


# Models that moved to another app since an archive may have been made (the layout issue):
# an older archive names them by their old label, which is rewritten on import.
MOVED_MODELS = {
    "portal.publishedreport": "booklet.publishedreport",
    **{
        f"areas.{name}": f"plans.{name}"
        for name in [
            "areaplan",
            "historicalareaplan",
            "planissue",
            "historicalplanissue",
            "milestone",
            "planreview",
            "historicalplanreview",
            "reviewentry",
            "plancontact",
            "historicalplancontact",
        ]
    },
    "events.raisedvoice": "plans.raisedvoice",
    "events.issuesource": "plans.issuesource",
}
# The title a charter's words get when an old archive is loaded (booklet migration 0005).
CHARTER_WORDS_TITLE = "東京の生協のまちづくり活動トピックス"
_MOVED_PAIRS = {tuple(old.split(".")): new.split(".") for old, new in MOVED_MODELS.items()}


class PortabilityError(Exception):
    """Something a person can fix: shown as is by the commands."""


def _excluded_installed(include_personal_data: bool = False):
    """dumpdata refuses to exclude an app that is not installed."""
    installed = {config.label for config in apps.get_app_configs()}
    excluded = [label for label in EXCLUDED if label.split(".")[0] in installed]
    return excluded if include_personal_data else excluded + sorted(personal_labels())


def _media_files(storage, folder=""):
    """Every uploaded file; not the open data's ZIP, which is made from the rows and would
    only be a stale copy on the other site."""
    if folder == OPEN_DATA_FOLDER:
        return
    directories, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for directory in sorted(directories):
        yield from _media_files(storage, f"{folder}/{directory}" if folder else directory)


def export_portal(
    path: Path, storage=default_storage, *, include_personal_data: bool = False
) -> dict:
    """Write the archive to path; returns the manifest."""
    out = StringIO()
    call_command(
        "dumpdata",
        natural_foreign=True,
        exclude=_excluded_installed(include_personal_data),
        indent=1,
        stdout=out,
    )
    data = out.getvalue()
    counts = Counter(obj["model"] for obj in json.loads(data))
    try:
        media = list(_media_files(storage))
    except FileNotFoundError:  # no upload yet: the media folder does not exist
        media = []
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created": timezone.now().isoformat(),
        "models": dict(sorted(counts.items())),
        "media_files": len(media),
        "personal_data": include_personal_data,
    }
    tmp = Path(f"{path}.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", data)
        for name in media:
            with storage.open(name, "rb") as handle:
                archive.writestr(f"media/{name}", handle.read())
    tmp.replace(path)
    return manifest


def _read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError) as exc:
        raise PortabilityError("This file is not a portal export (no manifest.json).") from exc
    if manifest.get("format") != FORMAT:
        raise PortabilityError("This file is not a portal export.")
    if manifest.get("version") != VERSION:
        raise PortabilityError(
            f"This export has format version {manifest.get('version')}; "
            f"this portal reads version {VERSION}."
        )
    return manifest


def _relabel(value):
    """An archive's rows with old model labels made current: each row's "model", and the
    natural keys that name a model — a content type [app, model] (admin log entries) and a
    permission [codename, app, model] (a group's permissions)."""
    if isinstance(value, dict):
        return {key: _relabel(item) for key, item in value.items()}
    if isinstance(value, str):
        return MOVED_MODELS.get(value, value)
    if isinstance(value, list):
        if len(value) in (2, 3) and all(isinstance(item, str) for item in value):
            moved = _MOVED_PAIRS.get(tuple(value[-2:]))
            if moved is not None:
                return [*value[:-2], *moved]
        return [_relabel(item) for item in value]
    return value


def _current_rows(raw: bytes, skipped: set[str]) -> bytes:
    rows = [
        row
        for row in json.loads(raw)
        if MOVED_MODELS.get(row["model"], row["model"]) not in skipped
    ]
    for row in rows:
        row["model"] = MOVED_MODELS.get(row["model"], row["model"])
        row["fields"] = _relabel(row["fields"])
    _give_groups_their_network(rows)
    _make_reports_editions(rows)
    _give_charter_words_to_their_year(rows)
    return json.dumps(rows, ensure_ascii=False).encode()


def _give_groups_their_network(rows: list[dict]) -> None:
    """An archive made before networks (連絡会) has groups without one: each gets the network
    migration areas 0008 would have given it (Saitama's わたまち, else Tokyo's)."""
    prefectures = {}
    for row in rows:
        if row["model"] == "areas.municipality":
            prefecture = row["fields"].get("prefecture")
            prefectures[row.get("pk")] = prefectures[row["fields"].get("code")] = prefecture
    for row in rows:
        if row["model"] == "areas.areagroup" and "network" not in row["fields"]:
            municipality = row["fields"].get("municipality")
            key = municipality[0] if isinstance(municipality, list) else municipality
            in_saitama = prefectures.get(key) == "埼玉県"
            row["fields"]["network"] = ["saitama-watamachi" if in_saitama else "tokyo"]


def _make_reports_editions(rows: list[dict]) -> None:
    """An archive made before editions has one report per year: it becomes the default
    network's 第1版, as booklet's migrations 0002–0004 make it."""
    for row in rows:
        fields = row["fields"]
        if row["model"] == "booklet.publishedreport" and "number" not in fields:
            fields.pop("first_published_at", None)
            fields.pop("publish_count", None)
            fields.setdefault("network", [settings.PORTAL_DEFAULT_NETWORK])
            fields["number"] = 1


def _give_charter_words_to_their_year(rows: list[dict]) -> None:
    """An archive made before the booklet's words kept a year's lead and theme policy on
    its charter: they become that year's words, as booklet's migration 0005 makes them."""
    if any(row["model"] == "booklet.yearbooklet" for row in rows):
        return
    for row in [r for r in rows if r["model"] == "areas.charter"]:
        fields = row["fields"]
        if fields.get("introduction") or fields.get("theme_policy"):
            rows.append(
                {
                    "model": "booklet.yearbooklet",
                    "fields": {
                        "version": 0,
                        "network": [settings.PORTAL_DEFAULT_NETWORK],
                        "fiscal_year": fields["fiscal_year"],
                        "title": CHARTER_WORDS_TITLE,
                        "lead": fields.get("introduction", ""),
                        "theme_policy": fields.get("theme_policy", ""),
                        "publisher": "",
                        "published_on": None,
                        "contact": "",
                    },
                }
            )


def _rows_already_there(manifest: dict) -> list[str]:
    busy = []
    for label in manifest["models"]:
        if label in SHIPPED_BY_MIGRATIONS:
            continue
        try:
            model = apps.get_model(label)
        except LookupError as exc:
            raise PortabilityError(f"This portal has no model {label}.") from exc
        if model._default_manager.exists():
            busy.append(label)
    return busy


def _has_rows(data_file: Path) -> bool:
    return bool(json.loads(data_file.read_bytes()))


@contextmanager
def _history_recording_off():
    """The archive carries the edit history itself: loading rows (and their many-to-many
    links, which simple-history records even for fixtures) must not write new history."""
    previous = getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
    settings.SIMPLE_HISTORY_ENABLED = False
    try:
        yield
    finally:
        settings.SIMPLE_HISTORY_ENABLED = previous


def import_portal(
    path: Path, storage=default_storage, *, include_personal_data: bool = False
) -> dict:
    """Load an archive into a migrated, empty database; returns its manifest.

    All rows go in one transaction: on any error nothing is saved. Rows of personal-data
    models are skipped unless `include_personal_data`.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PortabilityError(f"Cannot read {path}: {exc}") from exc
    with archive, tempfile.TemporaryDirectory() as tmp:
        manifest = _read_manifest(archive)
        skipped = set() if include_personal_data else personal_labels()
        manifest["models"] = {
            label: count
            for label, count in ((MOVED_MODELS.get(k, k), n) for k, n in manifest["models"].items())
            if label not in skipped
        }
        busy = _rows_already_there(manifest)
        if busy:
            raise PortabilityError(
                "The database already holds portal data ("
                + ", ".join(busy)
                + "). Import into a fresh, migrated database."
            )
        data_file = Path(tmp) / "data.json"
        data_file.write_bytes(_current_rows(archive.read("data.json"), skipped))
        media = [n for n in archive.namelist() if n.startswith("media/") and not n.endswith("/")]
        with transaction.atomic(), _history_recording_off():
            try:
                if _has_rows(data_file):  # not when every row was personal and skipped
                    call_command("loaddata", str(data_file), verbosity=0)
            except (DeserializationError, DatabaseError) as exc:
                raise PortabilityError(
                    f"The export could not be loaded; nothing was saved: {exc}"
                ) from exc
            search_index.rebuild()  # loaddata's raw saves leave the index to be written
            for member in media:
                name = member.removeprefix("media/")
                if storage.exists(name):
                    storage.delete(name)
                saved = storage.save(name, ContentFile(archive.read(member)))
                if saved != name:
                    raise PortabilityError(f"Media file {name} was stored as {saved}.")
    cache.clear()
    return manifest
