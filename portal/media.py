"""Uploaded files from the filesystem: only a row's, a draft's only to its staff, never as a page.

Who gets a file (anything else is a 404, as if it did not exist):
- an organization's logo: everyone;
- an event's photo (full size, card or thumbnail): everyone once the event is published
  (and, for a report's photo, the report too); before that only signed-in staff who may see
  the event, the same people as the event admin and the staff preview
  (`areas.permissions.visible_to`). Their answer says `Cache-Control: private`, so no
  shared cache (a proxy, the page cache) keeps it;
- a file no row names (left over from a deleted or replaced upload): no one.

Raster images are shown inline with their own type; everything else (HTML, SVG, PDF,
text…) is sent as a download of type application/octet-stream. A sandboxing CSP and
nosniff go on every answer, so even a mislabelled file cannot run script here.

With object storage (AWS_STORAGE_BUCKET_NAME) this view is not used: the bucket serves every
file to whoever has its address, drafts included. There the protection is the unguessable
names given at upload and the deletion of files whose row is deleted or replaced
(core/stored_files.py); a draft's photo is then only as secret as its address.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import content_disposition_header
from django.views.static import serve

from areas.models import PublicationStatus
from areas.permissions import visible_to
from coops.models import Organization
from events.models import Event, Photo

INLINE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
PUBLIC, PRIVATE = "public", "private"


def serve_media(request, path):
    access = file_access(request.user, path)
    if access is None:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if access == PRIVATE:
        # The answer depends on who asks: never stored by a shared cache.
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ["Cookie"])
    if response.status_code != 200:
        return response
    suffix = PurePosixPath(path).suffix.lower()
    if suffix in INLINE_TYPES:
        response["Content-Type"] = INLINE_TYPES[suffix]
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = content_disposition_header(True, PurePosixPath(path).name)
        if "Content-Encoding" in response:
            del response["Content-Encoding"]
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def file_access(user, path: str) -> str | None:
    """PUBLIC, PRIVATE (this user only) or None (not for this user) for a stored file name."""
    photo = (
        Photo.objects.filter(Q(image=path) | Q(card=path) | Q(thumbnail=path))
        .order_by()
        .values_list("event_id", "event__publication", "report__publication")[:1]
    )
    published = PublicationStatus.PUBLISHED
    for event_id, publication, report_publication in photo:
        # A photo of no report (None) is the event's own.
        if publication == published and report_publication in (None, published):
            return PUBLIC
        return PRIVATE if _staff_may_see(user, event_id) else None
    if path and Organization.objects.filter(logo=path).exists():
        return PUBLIC
    return None


def _staff_may_see(user, event_id) -> bool:
    if not user.has_perm("events.view_event"):  # the staff who may see events at all
        return False
    return visible_to(Event.objects.filter(pk=event_id), user, "area_groups").exists()
