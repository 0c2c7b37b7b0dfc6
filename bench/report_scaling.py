"""How the yearly report's build time grows with the data: a benchmark that prints figures.

Builds the demo data in a scratch database, then 10× and 100× of it (portal/demo/generator.py),
and at each scale prints the rows counted, the queries and the median time to build the
report, the dashboard and the PDF.

    .venv/bin/python bench/report_scaling.py                 # scratch SQLite file in /tmp
    .venv/bin/python bench/report_scaling.py --database-url postgres://u:p@127.0.0.1:5432/mz_bench

The database named by --database-url is emptied first: never point it at real data.
"""

import argparse
import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    args = parse_args()
    scratch = use_database(args.database_url)
    import django

    django.setup()
    load_fresh_demo()
    print_figures(args)
    if scratch:
        scratch.unlink()
        scratch.parent.rmdir()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="A scratch database (it is emptied first).")
    parser.add_argument("--scales", default="1,10,100", help="Comma-separated factors.")
    parser.add_argument("--runs", type=int, default=5, help="Timed runs per measurement.")
    parser.add_argument("--no-pdf", action="store_true", help="Skip timing the PDF.")
    return parser.parse_args()


def use_database(database_url: str | None) -> Path | None:
    """Point Django at `database_url`, or at a new SQLite file (returned, to delete after)."""
    scratch = None
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        scratch = Path(tempfile.mkdtemp(prefix="mz-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    return scratch


def load_fresh_demo() -> None:
    """Migrate, empty the database and load the demo data into it."""
    from django.apps import apps
    from django.core.management import call_command

    from portal.demo.loader import load_demo

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    # The 62 municipalities ship as a data migration, which flush has emptied: load them again.
    importlib.import_module("areas.migrations.0002_load_tokyo_municipalities").load(apps, None)
    load_demo()


def print_figures(args) -> None:
    """Grow the demo to each scale in turn and print one line of figures per scale."""
    from django.db import connection

    from booklet.dashboard import build_dashboard
    from booklet.services import build_report
    from events.models import ActivityReport, Event
    from portal.demo.generator import generate

    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    header = f"{'scale':>6} {'events':>7} {'reports':>8} {'areas':>6} {'queries':>8} "
    header += f"{'report ms':>10} {'dashboard ms':>13} {'pdf ms':>8}"
    print(header)
    for factor in [int(s) for s in args.scales.split(",")]:
        generate(factor)
        report, queries, report_ms = timed(lambda: build_report(2023), args.runs)
        _dash, _dash_queries, dashboard_ms = timed(lambda: build_dashboard(2023), args.runs)
        pdf_ms = float("nan") if args.no_pdf else pdf_time(report)
        print(
            f"{factor:>5}× {Event.objects.count():>7} {ActivityReport.objects.count():>8} "
            f"{len(report['areas']):>6} {queries:>8} {report_ms:>10.1f} {dashboard_ms:>13.1f} "
            f"{pdf_ms:>8.0f}"
        )


def timed(function, runs: int):
    """The result and query count of one call, and the median milliseconds of `runs` more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return result, len(queries.captured_queries), statistics.median(times) * 1000


def pdf_time(report) -> float:
    """Milliseconds to render the report as PDF (once: it is slow)."""
    from booklet.pdf import render_report_pdf

    start = time.perf_counter()
    render_report_pdf(report)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
