"""Uploaded files in storage: unguessable names, and no file outliving its row.

- Every stored upload (photos in three sizes, logos) is named by `unguessable_name`: 128 random
  bits and the file type, nothing of the uploader's file name. A file's address cannot be
  guessed from another's, nor from the name on the uploader's computer. With object storage
  the bucket serves files to whoever has the address, so there this is the protection.
- A file whose row is deleted, or whose field is given another file, is deleted from storage
  once the transaction commits, unless a row names it again by then (`RowFiles`, one per
  model: its rows' deletion and replaced files); a rolled-back change keeps it.
- `ImageField` tolerates a missing file. History (django-simple-history) keeps old file names
  but not the files, so a restored row may name a file deleted since; Django's ImageField would
  then open it to measure it and fail. Here the row keeps the sizes it has.
"""

import contextlib
import logging
import secrets
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import PurePosixPath

from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete

logger = logging.getLogger(__name__)


def unguessable_name(original_name: str = "", extension: str = "") -> str:
    """A random file name keeping only the type (`.jpg`, `.png`…) of the original."""
    suffix = extension or PurePosixPath(original_name or "").suffix
    suffix = suffix.lower().lstrip(".")[:8]
    return f"{secrets.token_hex(16)}.{suffix or 'bin'}"


def discard_after_commit(
    storage,
    names: Iterable[str],
    *,
    still_used: Callable[[set[str]], Iterable[str]] | None = None,
    using: str | None = None,
) -> None:
    """Delete these files from storage when the current transaction commits.

    `still_used(names)` returns those some row names again (a row copied with its files, or a
    change made after this one); they are kept.
    """
    names = {name for name in names if name}
    if names:
        transaction.on_commit(partial(_discard, storage, names, still_used), using=using)


def _discard(storage, names: set[str], still_used) -> None:
    if still_used is not None:
        names = names - set(still_used(names))
    for name in sorted(names):
        try:
            storage.delete(name)
        except Exception:
            # The change is committed; a file left behind is served to no one (portal/media.py).
            logger.exception("could not delete the stored file %s", name)


class RowFiles:
    """The files a model's rows name in `fields`, which go when no row names them any more.

    Made once per model, next to it: `PHOTO_FILES = RowFiles(Photo, ["image", "card"])`. A
    deleted row's files (admin delete, bulk delete, cascade) are discarded through post_delete;
    a save that gives a field another file calls `discard_replaced(stored, instance)` with the
    names read by `stored(instance)` before it.
    """

    def __init__(self, model, fields):
        self.model, self.fields = model, tuple(fields)
        self.storage = model._meta.get_field(self.fields[0]).storage
        post_delete.connect(
            self._row_deleted, sender=model, weak=False, dispatch_uid=f"files:{model._meta.label}"
        )

    def names(self, instance) -> set[str]:
        return {getattr(instance, field).name for field in self.fields} - {"", None}

    def stored(self, instance, *more_fields) -> dict | None:
        """The file names (and `more_fields`) the database holds for this row now, if any."""
        if instance.pk is None:
            return None
        rows = self.model._default_manager.filter(pk=instance.pk)
        # Ordered by the key: a default ordering may join other tables.
        return rows.order_by("pk").values(*self.fields, *more_fields).first()

    def discard_replaced(self, stored: dict | None, instance) -> None:
        if stored:
            replaced = {stored[field] for field in self.fields} - self.names(instance)
            self.discard(replaced, using=instance._state.db)

    def discard(self, names, *, using=None) -> None:
        discard_after_commit(self.storage, names, still_used=self._in_use, using=using)

    def _in_use(self, names: set[str]) -> set[str]:
        named = Q()
        for field in self.fields:
            named |= Q(**{f"{field}__in": names})
        rows = self.model._default_manager.filter(named).values_list(*self.fields)
        return {name for row in rows for name in row}

    def _row_deleted(self, sender, instance, using, **kwargs):
        self.discard(self.names(instance), using=using)


class ImageField(models.ImageField):
    """Django's ImageField, which keeps the stored width and height when the file is gone."""

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # A name from history whose file was deleted since: keep the sizes the row has.
        with contextlib.suppress(FileNotFoundError):
            super().update_dimension_fields(instance, force, *args, **kwargs)

    def deconstruct(self):
        # Stored exactly like Django's own field: migrations see no change.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ImageField", args, kwargs
