"""The benchmark behind bench/run (see there and README.md, "Benchmark").

For each scale: generate the data, count each page's SQL queries with Django's test
client, then for each of two servers — page cache off, page cache on — start gunicorn
with 2 workers and production settings, measure the ceiling view and every page with
wrk, and stop it. Figures are reported as ratios to the ceiling of the same server run.
"""

import argparse
import datetime
import os
import platform
import re
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PORT = int(os.environ.get("BENCH_PORT", "8108"))
CEILING = "/bench/ceiling/"

# Production-like settings for the server and for this process.
ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DATABASE_URL": os.environ["BENCH_DATABASE_URL"],
    "DJANGO_BENCH_CEILING": "1",
    "DJANGO_STATIC_ROOT": str(ROOT / "staticfiles"),
    # No TLS on the loopback: no redirect to https (a no-op where the setting is unknown).
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    # Each gunicorn worker keeps its own in-memory cache; production shares Redis or the
    # database cache (DJANGO_CACHE) so that a data change reaches every worker.
    "DJANGO_CACHE": os.environ.get("DJANGO_CACHE", "locmem"),
}
os.environ.update(ENV)


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def wrk(url: str, duration: int, threads: int, connections: int) -> Result:
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(percent):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    if socket_errors:
        print(f"    wrk: socket errors {socket_errors.group(1)}")
    return Result(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        p50_ms=latency(50),
        p99_ms=latency(99),
        errors=int(errors.group(1)) if errors else 0,
    )


def start_server(page_cache_seconds: int) -> subprocess.Popen:
    env = dict(os.environ, DJANGO_PAGE_CACHE_SECONDS=str(page_cache_seconds))
    # Flags given here win over a gunicorn.conf.py in the project, if there is one.
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "portal.wsgi:application",
        "--workers=2",
        "--threads=1",
        f"--bind=127.0.0.1:{PORT}",
        "--max-requests=0",
        "--log-level=warning",
    ]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, start_new_session=True
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{CEILING}", timeout=2) as r:
                if r.status == 200:
                    return server
        except OSError:
            time.sleep(0.1)
    stop_server(server)
    raise SystemExit("gunicorn did not answer on the ceiling URL")


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def warm_up(url: str, times: int = 20) -> None:
    for _ in range(times):
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()


def count_queries(paths: dict[str, str]) -> dict[str, tuple[int, int]]:
    """SQL queries and status of one uncached anonymous request to each page."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, path in paths.items():
        client.get(path)  # first request warms per-process caches (translations, templates)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts[name] = (len(queries), response.status_code)
    return counts


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    memory = "?"
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.*)", cpuinfo).group(1).strip()
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {memory} RAM, {platform.system()} {platform.release()}; "
        f"load average at the end {load} (other work on the machine skews absolute figures)"
    )


def commit() -> str:
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    sha = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    return sha + (" (with uncommitted changes)" if git("status", "--porcelain").strip() else "")


def main() -> None:
    args = parse_args()
    pages, missing = prepare()
    started = time.monotonic()
    rows = [measure_scale(scale, pages, args) for scale in args.scales]
    elapsed = time.monotonic() - started
    table = render_table(rows)
    notes = render_targets(rows)
    print()
    print(table)
    print(notes)
    print(f"(measured in {elapsed:.0f} s)")
    if not args.no_write:
        write_report(table, notes, missing, args, elapsed)
        print("Wrote docs/performance.md")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--duration", type=int, default=3, help="seconds of wrk per page")
    parser.add_argument(
        "--ceiling-duration", type=int, default=1, help="seconds of wrk on the ceiling per page"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--no-write", action="store_true", help="do not write docs/performance.md")
    args = parser.parse_args()
    args.scales = [int(s) for s in args.scales.split(",")]
    return args


def prepare():
    """Set Django up, migrate, collect static files; return the pages to time and those
    not served yet."""
    import django

    django.setup()
    from django.core.management import call_command

    from portal.public_pages import existing_pages

    print("== Migrate and collect static files")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    pages, missing = existing_pages()
    for page in missing:
        print(f"   (not served yet, skipped: {page.name} {page.path})")
    # wrk counts any non-2xx answer as an error: pages meant to answer otherwise (the
    # friendly 404 page) are checked by the browser and query-count tests, not timed here.
    return [p for p in pages if p.status == 200], missing


def measure_scale(scale: int, pages, args):
    """Generate the data at `scale`, count each page's queries, then time every page on a
    server without and with the page cache. One row of the report."""
    from django.core.management import call_command

    from portal.public_pages import publish_sample_year, sample_values

    print(f"== Scale {scale}×: generating data")
    call_command("generate_data", scale=scale, seed=1, verbosity=0)
    publish_sample_year()
    paths = {p.name: p.url(sample_values()) for p in pages}
    queries = count_queries(paths)
    measured = {}
    for mode, seconds in (("uncached", 0), ("cached", 300)):
        print(f"   {mode}: gunicorn with 2 workers on 127.0.0.1:{PORT}")
        server = start_server(seconds)
        try:
            measure_server(mode, paths, args, measured)
        finally:
            stop_server(server)
    return (scale, paths, queries, measured)


def measure_server(mode: str, paths: dict[str, str], args, measured: dict) -> None:
    """Time each page, and the ceiling right before it, on the running server."""
    warm_up(f"http://127.0.0.1:{PORT}{CEILING}")
    ceilings = []
    for name, path in paths.items():
        result, ceiling = measure_page(path, args)
        ceilings.append(ceiling)
        measured[(mode, name)] = result
        measured[(mode, name, "ceiling")] = ceiling
        print(
            f"     {name:10} {result.rps:7.0f} req/s, p50 {result.p50_ms:6.1f} ms; "
            f"ceiling {ceiling.rps:5.0f} req/s → "
            f"{result.rps / max(ceiling.rps, 0.001):.2f}"
        )
    measured[(mode, "ceiling")] = Result(
        rps=sum(c.rps for c in ceilings) / len(ceilings),
        p50_ms=sum(c.p50_ms for c in ceilings) / len(ceilings),
        p99_ms=sum(c.p99_ms for c in ceilings) / len(ceilings),
        errors=sum(c.errors for c in ceilings),
    )


def measure_page(path: str, args) -> tuple[Result, Result]:
    """One page's figures and the ceiling's, measured right before it."""
    # Let the requests still queued from the last page finish first.
    warm_up(f"http://127.0.0.1:{PORT}{CEILING}", times=3)
    # The ceiling right before each page, so a change in the machine's load during the run
    # moves both figures of a ratio alike.
    ceiling = wrk(
        f"http://127.0.0.1:{PORT}{CEILING}", args.ceiling_duration, args.threads, args.connections
    )
    url = f"http://127.0.0.1:{PORT}{path}"
    warm_up(url, times=3)
    return wrk(url, args.duration, args.threads, args.connections), ceiling


def ratio(measured, mode: str, name: str) -> float:
    """A page's requests/s over the ceiling measured just before it (1 for the ceiling)."""
    if name == "ceiling":
        return 1.0
    return measured[(mode, name)].rps / max(measured[(mode, name, "ceiling")].rps, 0.001)


def render_table(rows) -> str:
    lines = [
        "| scale | page | SQL / req | uncached req/s | × ceiling | p50 ms | p99 ms "
        "| cached req/s | × ceiling | p50 ms | p99 ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for scale, paths, queries, measured in rows:
        for name in ["ceiling", *paths]:
            cells = [f"{scale}×", f"**{name}**" if name == "ceiling" else f"{name} `{paths[name]}`"]
            count, status = queries.get(name, (0, 200))
            cells.append(
                "–"
                if name == "ceiling"
                else str(count) + ("" if status == 200 else f" (HTTP {status})")
            )
            for mode in ("uncached", "cached"):
                r = measured[(mode, name)]
                errors = f" ({r.errors} errors)" if r.errors else ""
                cells += [
                    f"{r.rps:,.0f}{errors}",
                    f"{ratio(measured, mode, name):.2f}",
                    f"{r.p50_ms:.1f}",
                    f"{r.p99_ms:.1f}",
                ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_targets(rows) -> str:
    """The issue's targets, each checked against this run."""
    out = []
    names = list(rows[0][1]) if rows else []
    for name in names:
        counts = [queries[name][0] for _, _, queries, _ in rows]
        verdict = "met" if max(counts) <= 10 and len(set(counts)) == 1 else "NOT met"
        out.append(f"- {name}: SQL queries per request {counts}, ≤ 10 and constant: {verdict}")
        ratios = [ratio(m, "cached", name) for *_, m in rows]
        verdict = "met" if min(ratios) >= 0.5 else "NOT met"
        shown = ", ".join(f"{r:.2f}" for r in ratios)
        out.append(f"- {name}: cached anonymous req/s ≥ 0.5 × ceiling ({shown}): {verdict}")
    if "area" in names:
        ratios = [ratio(m, "uncached", "area") for *_, m in rows]
        verdict = "met" if min(ratios) >= 0.15 else "NOT met"
        out.append(
            f"- area uncached ≥ 0.15 × ceiling ({', '.join(f'{r:.2f}' for r in ratios)}): {verdict}"
        )
    by_scale = {scale: m for scale, _, _, m in rows}
    if "report" in names and 10 in by_scale and 100 in by_scale:
        t10, t100 = (
            by_scale[10][("uncached", "report")].p50_ms,
            by_scale[100][("uncached", "report")].p50_ms,
        )
        verdict = "met" if t100 <= 2 * t10 else "NOT met"
        out.append(
            f"- yearly report p50 at 100× ({t100:.1f} ms) ≤ 2 × at 10× ({t10:.1f} ms): {verdict}"
        )
    return "\n".join(out)


def write_report(table, notes, missing, args, elapsed) -> None:
    command = "bench/run " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    not_yet = "\n".join(f"- `{p.path}` ({p.name})" for p in missing) or "- none"
    text = f"""# Performance

Latest results of `bench/run` (see README.md, "Benchmark"). Absolute figures depend on
the machine, so every page is also given as a ratio of the *ceiling* — a minimal view
returning a short text through the same middleware and gunicorn, measured in the same
server run right before each page (the ceiling row is the mean of those runs).
"Uncached" is a server started with `DJANGO_PAGE_CACHE_SECONDS=0`; "cached" one with the
anonymous page cache on (`portal/page_cache.py`). SQL per request is one uncached
anonymous request, counted with Django's test client (a cached hit runs none).

- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC
- Machine: {machine()}
- Commit: {commit()}
- Command: `{command.strip()}`
- Server: gunicorn, 2 sync workers, 127.0.0.1, `DJANGO_DEBUG=false`, PostgreSQL
  (`{ENV["DATABASE_URL"].rsplit("/", 1)[-1]}`), in-memory cache per worker
- Load: `wrk -t{args.threads} -c{args.connections} -d{args.duration}s --latency` per page
  (the ceiling for {args.ceiling_duration} s before each), each URL warmed up first;
  wrk runs on the same machine as the server
- Data: `manage.py generate_data --scale N --seed 1` on top of the demo
- Measured in {elapsed:.0f} s

{table}

## Targets

{notes}

## Pages not served yet

Listed in `portal/public_pages.py`; measured as soon as the site serves them:

{not_yet}
"""
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "performance.md").write_text(text)


if __name__ == "__main__":
    main()
