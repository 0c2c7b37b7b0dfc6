"""gunicorn settings for the portal: `gunicorn -c gunicorn.conf.py portal.wsgi` (make serve).

Every value comes from the environment (README.md, "Configuration"). The application
itself writes one line per request to stdout with its request id (portal.middleware), so
gunicorn's own access log is off unless GUNICORN_ACCESS_LOG asks for it.
"""

import multiprocessing
import os

# Where to listen: host:port, or unix:/run/machizukuri.sock behind nginx.
bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"

# Worker processes: WEB_CONCURRENCY, else 2 per CPU + 1, at most 8 (the app is I/O-bound
# on PostgreSQL; more workers mostly cost memory).
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * multiprocessing.cpu_count() + 1, 8))
threads = int(os.environ.get("GUNICORN_THREADS") or 1)

# A request that takes longer than this is killed and logged; clients get 502 from the proxy.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 20
keepalive = 5

# Recycle workers now and then so a slow leak never grows.
max_requests = 1000
max_requests_jitter = 100

# Headers and request line sizes (bodies are capped by the app and the proxy).
limit_request_line = 8190
limit_request_fields = 100

# Proxies allowed to set X-Forwarded-* (comma-separated addresses; "*" only when
# gunicorn cannot be reached except through the proxy).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS") or "127.0.0.1,::1"

# Logs to stdout/stderr for the service manager (systemd journal, docker logs).
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL") or "info"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
# When turned on: time, method, path without the query string, status, bytes, duration
# and the request id; no addresses, query strings, cookies or user agents. Invitation
# tokens and password-reset keys in paths are redacted by the logger class, on the
# access and the error log alike (portal/gunicorn_logging.py).
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms id=%({x-request-id}o)s'
logger_class = "portal.gunicorn_logging.RedactingLogger"

# Heartbeat files in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
