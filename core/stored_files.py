"""Uploaded files in storage: unguessable names, and no file outliving its row.

- Every stored upload (photos in three sizes, logos) is named by `unguessable_name`: 128 random
  bits and the file type, nothing of the uploader's file name. A file's address cannot be
  guessed from another's, nor from the name on the uploader's computer. With object storage
  the bucket serves files to whoever has the address, so there this is the protection.
- A file whose row is deleted, or whose field is given another file, is deleted from storage
  once the transaction commits (`discard_after_commit`); a rolled-back change keeps it.
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
