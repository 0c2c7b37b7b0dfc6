"""Photos chosen in the admin wait here until their form is saved, so a validation error
anywhere on the page does not drop them.

- A chosen file is checked and cleaned first (core/images.py: a real JPEG/PNG/WebP, size
  limits, metadata removed); only the clean copy is staged, under `uploads/pending/` in the
  default storage with a random name. No row names it, so no one is served it
  (portal/media.py).
- The page carries a signed token per staged photo (django.core.signing), bound to the
  user who chose it and valid for `MAX_AGE`. A tampered token, another user's, or an
  expired one is refused: it names no file. The form that takes a token is the admin's, so
  the area rule of that admin decides which event or report the photo joins.
- A saved form turns each staged file into a Photo row and removes the file; files left
  behind (a form never saved) are removed by `manage.py remove_pending_photos`.
"""

import base64
import datetime
import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from core.images import THUMBNAIL, rendition

PENDING_DIR = "uploads/pending/"
MAX_AGE = datetime.timedelta(hours=24)
_SALT = "events.photo_staging"


@dataclass
class StagedPhoto:
    token: str
    path: str
    alt_text: str = ""

    def read(self) -> bytes:
        with default_storage.open(self.path, "rb") as file:
            return file.read()

    def thumbnail_data_uri(self) -> str:
        """A small copy inline in the page (the file itself is served to no one)."""
        with default_storage.open(self.path, "rb") as file:
            small = rendition(file, THUMBNAIL)
        kind = "png" if small.name.endswith(".png") else "jpeg"
        return f"data:image/{kind};base64,{base64.b64encode(small.read()).decode()}"


def stage(clean_file, user) -> StagedPhoto:
    """Store a cleaned image (a ContentFile from core.images.sanitize) for `user`."""
    extension = clean_file.name.rsplit(".", 1)[-1]
    path = default_storage.save(f"{PENDING_DIR}{secrets.token_hex(16)}.{extension}", clean_file)
    token = signing.TimestampSigner(salt=_SALT).sign_object({"user": user.pk, "path": path})
    return StagedPhoto(token=token, path=path)


def unstage(token: str, user) -> StagedPhoto | None:
    """The staged photo a token names, or None when it is not this user's, was changed,
    has expired or its file is gone."""
    try:
        payload = signing.TimestampSigner(salt=_SALT).unsign_object(token, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(payload, dict) or user is None or payload.get("user") != user.pk:
        return None
    path = payload.get("path")
    if not isinstance(path, str) or not path.startswith(PENDING_DIR) or ".." in path:
        return None
    if not default_storage.exists(path):
        return None  # already turned into a photo, or removed as stale
    return StagedPhoto(token=token, path=path)


def discard_after_commit(staged: StagedPhoto) -> None:
    """Remove the staged file once its photo is committed (a rollback keeps it)."""
    transaction.on_commit(lambda: default_storage.delete(staged.path))


def remove_stale(now=None) -> int:
    """Delete staged files older than MAX_AGE (their tokens have expired); how many."""
    now = now or timezone.now()
    try:
        _dirs, names = default_storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        path = PENDING_DIR + name
        if now - default_storage.get_modified_time(path) > MAX_AGE:
            default_storage.delete(path)
            removed += 1
    return removed
