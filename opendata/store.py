"""The built open-data ZIP, kept until the public data changes.

A save, delete or many-to-many change of a model of coops, areas or events moves a data
version once it commits (core/data_versions.py). The last build is kept in the default storage
under a name made from its hash (opendata/machizukuri-open-data-<sha256>.zip), and the cache
remembers which version it was built at. `current()` returns that build while the version has
not moved, and builds again only when it has: two downloads are one build; a publish, then a
download, is a new build with the new row. A build reads the version before the data, so a
change committed during a build leaves the result stale.

In production (a task backend that can defer) a change also queues `rebuild_task` a minute
later, so the next visitor rarely waits; `manage.py build_open_data` does it from cron.

When the cache or the storage fails, the ZIP is built in memory and served anyway; only a
failing database leaves nothing to serve (the view answers 503).
"""

import datetime
import hashlib
import logging
from dataclasses import dataclass

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from core.data_versions import DataVersion, connect_data_changes
from opendata.archive import build_zip

logger = logging.getLogger(__name__)

WATCHED_APPS = ("coops", "areas", "events")
VERSION = DataVersion("opendata:data-version")
BUILT_KEY = "opendata:built"
QUEUED_KEY = "opendata:rebuild-queued"
FOLDER = "opendata"
REBUILD_DELAY = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class Archive:
    """One build: its metadata, and where its bytes are (in storage, or in hand)."""

    version: int | None
    name: str  # in the default storage ("" when it was not stored)
    generated_at: datetime.datetime
    size: int
    sha256: str
    content: bytes | None = None  # only when not stored

    def read(self) -> bytes:
        if self.content is not None:
            return self.content
        with default_storage.open(self.name, "rb") as handle:
            return handle.read()

    def as_dict(self) -> dict:
        return {
            "version": self.version,
            "name": self.name,
            "generated_at": self.generated_at.isoformat(),
            "size": self.size,
            "sha256": self.sha256,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Archive":
        generated_at = datetime.datetime.fromisoformat(data["generated_at"])
        return cls(**{**data, "generated_at": generated_at})


def _stored_name(sha256: str) -> str:
    return f"{FOLDER}/machizukuri-open-data-{sha256[:32]}.zip"


def _store(content: bytes, sha256: str) -> str:
    name = _stored_name(sha256)
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(content))
    return name


def _discard(previous: dict | None, keep: str) -> None:
    name = (previous or {}).get("name")
    if name and name != keep:
        try:
            default_storage.delete(name)
        except Exception:
            logger.warning("old open-data archive not deleted", exc_info=True)


def in_memory(version: int | None = None) -> Archive:
    """Build now and keep nothing: the bytes are in the Archive."""
    built = build_zip()
    sha256 = hashlib.sha256(built.content).hexdigest()
    return Archive(version, "", built.generated_at, len(built.content), sha256, built.content)


def build(version: int | None = None) -> Archive:
    """Build now, keep it in storage and say so in the cache; in memory if either fails."""
    if version is None:
        version = _version_or_none()
    archive = in_memory(version)
    if version is None:
        return archive  # the cache is away: nothing could find a stored copy again
    try:
        name = _store(archive.content, archive.sha256)
    except Exception:
        logger.warning("open-data archive not stored; served from memory", exc_info=True)
        return archive
    stored = Archive(version, name, archive.generated_at, archive.size, archive.sha256)
    try:
        previous = cache.get(BUILT_KEY)
        cache.set(BUILT_KEY, stored.as_dict(), timeout=None)
        _discard(previous, keep=name)
    except Exception:
        logger.warning("open-data archive not recorded in the cache", exc_info=True)
        return archive
    return stored


def _version_or_none() -> int | None:
    try:
        return VERSION.current()
    except Exception:
        logger.warning("open-data version unreadable", exc_info=True)
        return None


def _kept(version: int) -> Archive | None:
    """The kept build of this version, if there is one and its file is still there."""
    data = cache.get(BUILT_KEY)
    if not data or data.get("version") != version:
        return None
    archive = Archive.from_dict(data)
    if not default_storage.exists(archive.name):
        return None
    return archive


def current() -> Archive:
    """The archive of the public data as it is now: the kept one, or a new build."""
    version = _version_or_none()
    if version is None:
        return in_memory()
    try:
        kept = _kept(version)
    except Exception:
        logger.warning("open-data archive unreadable; building again", exc_info=True)
        kept = None
    return kept or build(version)


def is_fresh() -> bool:
    try:
        return _kept(VERSION.current()) is not None
    except Exception:
        return False


@task
def rebuild_task() -> bool:
    """Build the archive if the data changed since the last build; whether it built."""
    if is_fresh():
        return False
    build()
    return True


def _queue_rebuild() -> None:
    backend = rebuild_task.get_backend()
    if not backend.supports_defer:
        return  # the next download builds (tests, development)
    try:
        # One queued rebuild per delay, however many rows a publish saves.
        if not cache.add(QUEUED_KEY, True, timeout=REBUILD_DELAY.total_seconds()):
            return
        rebuild_task.using(run_after=timezone.now() + REBUILD_DELAY).enqueue()
    except Exception:
        logger.warning("open-data rebuild not queued", exc_info=True)


def _changed() -> None:
    VERSION.bump()
    _queue_rebuild()


def _on_change(sender, **kwargs) -> None:
    transaction.on_commit(_changed, using=kwargs.get("using"))


def connect_signals() -> None:
    connect_data_changes(_on_change, WATCHED_APPS, "opendata")
