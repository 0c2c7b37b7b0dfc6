"""How the site search's time grows with the data: a benchmark that prints figures.

Builds the demo data in a scratch database, then 100× of it (portal/demo/generator.py),
rebuilds the search index at each scale (the generator's bulk writes send no save signal)
and prints the median and 95th-percentile time of /search/?q=… for a few queries and of the
events list's keyword box, then PostgreSQL's EXPLAIN of the search, to show the pg_trgm
indexes at work.

    .venv/bin/python bench/search_scaling.py                 # scratch SQLite file in /tmp
    .venv/bin/python bench/search_scaling.py --database-url postgres://u:p@127.0.0.1:5432/mz_bench

The database named by --database-url is emptied first: never point it at real data.
Times are of the view and its template (RequestFactory): no page cache, no network.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from report_scaling import load_fresh_demo, use_database  # noqa: E402

QUERIES = ["ぼうさい", "防災", "ｶﾌｪ", "まちづくり", "こそだて しえん", "みつからないことば"]


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
    parser.add_argument("--scales", default="1,100", help="Comma-separated factors.")
    parser.add_argument("--runs", type=int, default=30, help="Timed runs per query.")
    return parser.parse_args()


def print_figures(args) -> None:
    from django.db import connection

    from events.models import Event
    from portal.demo.generator import generate
    from search.models import SearchEntry
    from search.registry import rebuild

    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    for factor in [int(s) for s in args.scales.split(",")]:
        if factor > 1:
            generate(factor)
        started = time.perf_counter()
        rebuild()
        rebuild_s = time.perf_counter() - started
        analyze()
        print(
            f"\nscale {factor}×: {SearchEntry.objects.count()} index rows "
            f"({Event.objects.count()} events), index rebuilt in {rebuild_s:.1f} s"
        )
        print(f"  {'page':<40} {'hits':>6} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
        for q in QUERIES:
            print_line(f"/search/?q={q}", search_view(q), args.runs, hits(q))
        print_line("/events/?q=ぼうさい", events_view("ぼうさい"), args.runs, "")
    explain()


def analyze() -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def hits(q: str) -> int:
    from search.query import matching, parse

    return matching(parse(q)).count()


def search_view(q: str):
    from django.test import RequestFactory

    from search.views import search

    return lambda: search(RequestFactory(SERVER_NAME="localhost").get("/search/", {"q": q}))


def events_view(q: str):
    from django.test import RequestFactory

    from events.views import event_list

    return lambda: event_list(RequestFactory(SERVER_NAME="localhost").get("/events/", {"q": q}))


def print_line(label: str, view, runs: int, found) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = view()
    assert response.status_code == 200, label
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        view()
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    count = len(queries.captured_queries)
    print(f"  {label:<40} {found!s:>6} {count:>8} {statistics.median(times):>10.1f} {p95:>8.1f}")


def explain() -> None:
    from django.db import connection

    from search.query import matching, parse

    if connection.vendor != "postgresql":
        print("\nEXPLAIN: PostgreSQL only (SQLite has no trigram index).")
        return
    for q in ("ぼうさい", "防災"):
        print(f"\nEXPLAIN ANALYZE of the count of /search/?q={q}:")
        print(matching(parse(q)).explain(analyze=True))


if __name__ == "__main__":
    main()
