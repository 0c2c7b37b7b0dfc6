#!/usr/bin/env bash
# Fault drill: PostgreSQL restarts under load; the app recovers by itself, no write is half-done.
#
#   DATABASE_URL=postgres://user:pass@127.0.0.1:5432/machizukuri bash scripts/fault_db_restart.sh
#
# It makes a scratch database (<name>_fault), runs gunicorn on 127.0.0.1:${FAULT_PORT:-8113}
# against it, sends steady traffic, restarts the local PostgreSQL 15 cluster once
# (pg_ctlcluster, so run it as root on the database machine: it cuts every connection
# to that cluster for a second or two), and checks:
#   - requests fail only while the database is down, and succeed again within seconds,
#     with the same gunicorn processes (no app restart);
#   - every multi-row write either happened whole or not at all.
# Exit status 0 when all holds. CI runs it after the tests. `--no-restart` rehearses the
# drill without touching PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/fault_db_restart.py "$@"
