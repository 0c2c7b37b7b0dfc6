"""Probes for a load balancer: /healthz (the process answers) and /readyz (it can serve).

Both sit outside the language prefixes, are never cached, and answer a tiny JSON body.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

# Milliseconds the database may take to answer the readiness query.
DB_TIMEOUT_MS = 2000


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database_answers() -> bool:
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET LOCAL statement_timeout = %s", [DB_TIMEOUT_MS])
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception:
        logger.warning("readiness: the database did not answer", exc_info=True)
        return False


def _cache_works() -> bool:
    key = f"readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
        return ok
    except Exception:
        logger.warning("readiness: the cache did not answer", exc_info=True)
        return False


@never_cache
@require_GET
def readyz(request):
    checks = {"database": _database_answers(), "cache": _cache_works()}
    ready = all(checks.values())
    body = {"status": "ok" if ready else "unavailable"}
    body.update({name: "ok" if ok else "failed" for name, ok in checks.items()})
    return JsonResponse(body, status=200 if ready else 503)
