"""Uploaded files from the filesystem, served so they can never act as a web page.

Raster images are shown inline with their own type; everything else (HTML, SVG, PDF,
text…) is sent as a download of type application/octet-stream. A sandboxing CSP and
nosniff go on every answer, so even a mislabelled file cannot run script here.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.utils.http import content_disposition_header
from django.views.static import serve

INLINE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}


def serve_media(request, path):
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
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
