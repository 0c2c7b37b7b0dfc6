"""/open-data/: what the open data is, its licence and files; and the ZIP download.

Both read `store.current()`, the kept archive (built again only after the public data
changed). The download is never kept by the anonymous page cache (Cache-Control: no-cache,
so browsers ask again and get 304 while the ETag, the archive's hash, is the same); the page
is, and moves with every change like every public page. A database that cannot be read
answers a plain 503 page, never a 500.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _

from opendata import store
from opendata.archive import FILENAME
from opendata.datasets import DATASETS

logger = logging.getLogger(__name__)


def _unavailable(request):
    response = render(request, "opendata/unavailable.html", status=503)
    response["Retry-After"] = "300"
    return response


def index(request):
    try:
        archive = store.current()
    except DatabaseError:
        logger.exception("open data not built")
        return _unavailable(request)
    context = {
        "archive": archive,
        "datasets": DATASETS,
        "licence": settings.OPEN_DATA_LICENCE,
        "filename": FILENAME,
        "breadcrumbs": [(_("オープンデータ"), None)],
    }
    return render(request, "opendata/index.html", context)


def _archive_and_content():
    archive = store.current()
    try:
        return archive, archive.read()
    except Exception:  # the kept file went away or the storage failed (S3 raises its own)
        logger.warning("kept open-data archive unreadable; building in memory", exc_info=True)
        archive = store.in_memory()
        return archive, archive.content


def download(request):
    try:
        archive, content = _archive_and_content()
    except DatabaseError:
        logger.exception("open data not built")
        return _unavailable(request)
    etag = f'"{archive.sha256}"'
    modified = archive.generated_at.timestamp()
    not_modified = get_conditional_response(request, etag=etag, last_modified=int(modified))
    response = not_modified or HttpResponse(content, content_type="application/zip")
    day = archive.generated_at.strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="machizukuri-open-data-{day}.zip"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = "no-cache"
    return response
