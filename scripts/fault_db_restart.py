"""The fault drill behind scripts/fault_db_restart.sh (read that file first)."""

import base64
import hashlib
import hmac
import http.client
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("FAULT_PORT", "8113"))
RECOVERY_SECONDS = 10  # requests must succeed again this soon after PostgreSQL is back
DRILL_PASSWORD = secrets.token_urlsafe(16)
# Web sign-in as superuser needs two-factor: the drill's account gets this TOTP secret.
DRILL_TOTP_SECRET = base64.b32encode(secrets.token_bytes(20)).decode()
ACTIVATE_TOTP = (
    "from django.contrib.auth import get_user_model; "
    "from allauth.mfa.totp.internal.auth import TOTP; "
    f"TOTP.activate(get_user_model().objects.get(username='drill'), '{DRILL_TOTP_SECRET}')"
)


def totp_code(secret: str) -> str:
    """The current code (RFC 6238: HMAC-SHA1, 30 s, 6 digits), as an authenticator app shows."""
    counter = int(time.time()) // 30
    digest = hmac.new(base64.b32decode(secret), counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def scratch_database(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_fault"
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), maintenance, name


def app_env(database_url, static_root):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_SUPERUSER_PASSWORD": DRILL_PASSWORD,
        "DJANGO_STATIC_ROOT": str(static_root),
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "DATABASE_CONNECT_TIMEOUT": "2",
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "WEB_CONCURRENCY": "3",
        "GUNICORN_TIMEOUT": "20",
    }


def get(path, timeout=5.0):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError as exc:
        return f"error: {exc.__class__.__name__}"
    finally:
        conn.close()


class Traffic(threading.Thread):
    """GET / and /readyz in turn, every 50 ms, recording (time, path, outcome)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.results = []
        self.stop = threading.Event()

    def run(self):
        paths = ["/", "/readyz"]
        i = 0
        while not self.stop.is_set():
            path = paths[i % 2]
            started = time.monotonic()
            outcome = get(path)
            self.results.append((started, path, outcome))
            i += 1
            time.sleep(0.05)


class AdminSession:
    """A signed-in admin over plain HTTP: cookies and the CSRF token kept by hand."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return response.status
        except OSError as exc:
            return f"error: {exc.__class__.__name__}"
        finally:
            conn.close()

    def sign_in(self):
        # Staff sign in through allauth, by email (the admin's own login redirects there).
        self.request("GET", "/accounts/login/")
        status = self.request(
            "POST",
            "/accounts/login/",
            {"login": "drill@example.org", "password": DRILL_PASSWORD, "next": "/admin/"},
        )
        if status != 302:
            return False
        # The second step: the code from the authenticator.
        status = self.request(
            "POST", "/accounts/2fa/authenticate/", {"code": totp_code(DRILL_TOTP_SECRET)}
        )
        return status == 302


class Writer(threading.Thread):
    """Adds organizations through the admin, one after another. Each add is a multi-row
    change in one transaction: the organization and its admin history entry."""

    def __init__(self):
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.session = AdminSession()
        self.outcomes = []  # (slug, status)

    def run(self):
        n = 0
        while not self.stop.is_set():
            if "sessionid" not in self.session.cookies and not self.session.sign_in():
                time.sleep(0.2)
                continue
            n += 1
            slug = f"fault-drill-{n}"
            status = self.session.request(
                "POST",
                "/admin/coops/organization/add/",
                {"name": f"障害訓練 {n}", "slug": slug, "kind": "other"},
            )
            self.outcomes.append((slug, status))
            time.sleep(0.1)


def worker_pids(master_pid):
    """The children of gunicorn's master, read from /proc (no procps needed)."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:
            children.add(int(stat.parent.name))
    return children


def restart_postgresql():
    """Restart the cluster; returns (when it went down, when it answered again)."""
    log("restarting PostgreSQL 15/main")
    down = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"], check=True
    )
    for _ in range(120):
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode == 0:
            break
        time.sleep(0.25)
    up = time.monotonic()
    log(f"PostgreSQL answers again after {up - down:.1f}s")
    return down, up


def judge_requests(results, down, up, problems):
    failures = [(t, p, o) for t, p, o in results if o != 200]
    log(f"{len(results)} requests: {len(results) - len(failures)} answered 200")
    if failures:
        first, last = failures[0][0] - down, failures[-1][0] - down
        kinds = sorted({f"{p} → {o}" for _, p, o in failures})
        log(f"{len(failures)} failed, {first:+.1f}s to {last:+.1f}s after the restart: {kinds}")
    recovered = next((t for t, _, o in results if t > up and o == 200), None)
    if recovered is not None:
        log(f"first 200 after PostgreSQL was back: {recovered - up:+.2f}s")
    if any(o != 200 for t, _, o in results if t < down):
        problems.append("requests failed before the database went down")
    after = [o for t, _, o in results if t > up + RECOVERY_SECONDS]
    if not after or any(o != 200 for o in after):
        problems.append(f"requests failed {RECOVERY_SECONDS}s after the database was back")


def judge_writes(database_url, outcomes, problems):
    """Every organization the drill added has its history entry, and the reverse."""
    with psycopg.connect(database_url) as conn:
        organizations = dict(
            conn.execute(
                "SELECT slug, id FROM coops_organization WHERE slug LIKE 'fault-drill-%%'"
            ).fetchall()
        )
        history = [
            int(object_id)
            for (object_id,) in conn.execute(
                "SELECT e.object_id FROM django_admin_log e "
                "JOIN django_content_type c ON c.id = e.content_type_id "
                "WHERE c.app_label = 'coops' AND c.model = 'organization'"
            ).fetchall()
        ]
    saved = [slug for slug, status in outcomes if status == 302]
    log(
        f"writes: {len(outcomes)} adds sent, {len(saved)} saved (302), "
        f"{len(outcomes) - len(saved)} refused while the database was down; "
        f"{len(organizations)} organizations and {len(history)} history entries stored"
    )
    if sorted(organizations.values()) != sorted(history):
        problems.append("an organization without its history entry, or the reverse")
    if any(slug not in organizations for slug in saved):
        problems.append("an add answered 302 but the organization is missing")
    if len(saved) < 10:
        problems.append("too few writes went through to judge")


def main():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must point at PostgreSQL (the drill restarts the local cluster).")
    database_url, maintenance, name = scratch_database(url)
    static_root = Path(f"/tmp/machizukuri-fault-static-{os.getpid()}")
    env = app_env(database_url, static_root)
    log(f"scratch database {name}: migrate, demo data, static files, an admin")
    prepare_site(env)

    log_path = Path(f"/tmp/machizukuri-fault-gunicorn-{os.getpid()}.log")
    gunicorn = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    problems = []
    try:
        wait_for_gunicorn(log_path)
        run_drill(gunicorn, database_url, problems)
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=30)
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        subprocess.run(["rm", "-rf", str(static_root)], check=False)
    conclude(problems, log_path)


def prepare_site(env):
    """Migrate the scratch database, load the demo, collect static files, add the drill's
    superuser with two-factor."""
    python = str(ROOT / ".venv/bin/python")
    for args in (
        ["migrate", "--noinput", "-v", "0"],
        ["createcachetable"],
        ["load_demo", "-v", "0"],
        ["collectstatic", "--noinput", "-v", "0"],
        ["createsuperuser", "--noinput", "--username", "drill", "--email", "drill@example.org"],
        ["shell", "-c", ACTIVATE_TOTP],
    ):
        subprocess.run([python, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_for_gunicorn(log_path):
    for _ in range(100):
        if get("/healthz", timeout=1) == 200:
            return
        time.sleep(0.2)
    sys.exit(f"gunicorn did not start; see {log_path}")


def run_drill(gunicorn, database_url, problems):
    """Send reads and writes while PostgreSQL restarts, then judge what came back."""
    workers_before = worker_pids(gunicorn.pid)
    log(f"gunicorn up on 127.0.0.1:{PORT}, workers {sorted(workers_before)}")
    traffic, writer = Traffic(), Writer()
    traffic.start()
    writer.start()
    time.sleep(4)
    if "--no-restart" in sys.argv:  # a rehearsal of everything but the restart
        down = up = time.monotonic()
    else:
        down, up = restart_postgresql()
    time.sleep(RECOVERY_SECONDS + 5)
    traffic.stop.set()
    writer.stop.set()
    traffic.join()
    writer.join()

    judge_requests(traffic.results, down, up, problems)
    workers_after = worker_pids(gunicorn.pid)
    if gunicorn.poll() is not None or workers_after != workers_before:
        problems.append(
            f"gunicorn restarted workers: {sorted(workers_before)} → {sorted(workers_after)}"
        )
    else:
        log("same gunicorn master and workers throughout: no app restart")
    judge_writes(database_url, writer.outcomes, problems)


def conclude(problems, log_path):
    if problems:
        for problem in problems:
            log(f"FAIL: {problem}")
        log(f"gunicorn's log: {log_path}")
        sys.exit(1)
    what = "rehearsal, PostgreSQL left alone" if "--no-restart" in sys.argv else "restart"
    log(f"PASS ({what}): the portal rode it out (gunicorn's log: {log_path})")


if __name__ == "__main__":
    main()
