"""Page-cache hit ratio while a coordinator keeps saving: anonymous visitors read 50 public
pages at random while, every N requests, a coordinator saves one area's theme.

Run from a project directory (its code is the one measured), against a database filled by
`generate_data --scale N`, with the page cache on and production settings:

    BENCH_DATABASE_URL=postgres://…/db python bench/cache_scopes.py --requests 2000 --every 20

Prints the hit ratio, and the mean time of a hit and of a miss, in process (Django's test
client, no HTTP server): the ratio is the figure; the times only say what a miss costs.
"""

import argparse
import logging
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the project being measured, not necessarily this file's
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ["BENCH_DATABASE_URL"],
        "DJANGO_CACHE": os.environ.get("DJANGO_CACHE", "locmem"),
        "DJANGO_PAGE_CACHE_SECONDS": "600",
        "DJANGO_STATIC_ROOT": str(Path.cwd() / "staticfiles"),
    }
)


def pages(rng, count: int) -> list[str]:
    """The site-wide lists, then area, event and co-op pages picked at random."""
    from areas.models import AreaGroup
    from coops.models import Organization
    from events.models import Event

    lists = ["/", "/areas/", "/coops/", "/events/", "/charter/", "/plans/", "/feed.atom"]
    slugs = list(AreaGroup.objects.values_list("slug", flat=True))
    events = list(Event.objects.published().values_list("pk", flat=True))
    coops = list(Organization.objects.values_list("slug", flat=True))
    rest = count - len(lists)
    areas = [f"/areas/{s}/" for s in rng.sample(slugs, rest * 3 // 5)]
    shown = [f"/events/{pk}/" for pk in rng.sample(events, rest // 4)]
    coop_pages = [f"/coops/{s}/" for s in rng.sample(coops, rest - len(areas) - len(shown))]
    return lists + areas + shown + coop_pages


def save_a_theme(rng, slugs) -> None:
    from areas.models import YearlyTheme

    theme = YearlyTheme.objects.filter(area_group__slug=rng.choice(slugs)).first()
    if theme is not None:
        theme.headline = f"見出し {rng.random():.6f}"[:60]
        theme.save()


def run(requests: int, every: int, seed: int, count: int) -> dict:
    from django.core.cache import cache
    from django.test import Client

    from areas.models import AreaGroup

    rng = random.Random(seed)
    urls = pages(rng, count)
    slugs = list(AreaGroup.objects.values_list("slug", flat=True))
    cache.clear()
    client = Client()
    for url in urls:  # warm: every page once
        client.get(url)
    times = {"hit": [], "miss": [], "other": []}
    saves = 0
    for n in range(1, requests + 1):
        if n % every == 0:
            save_a_theme(rng, slugs)
            saves += 1
        url = rng.choice(urls)
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        times[response.get("X-Page-Cache", "other")].append(elapsed)
    hits, misses = len(times["hit"]), len(times["miss"])
    return {
        "pages": len(urls),
        "requests": requests,
        "saves": saves,
        "hit_ratio": hits / requests,
        "hits": hits,
        "misses": misses,
        "uncacheable": len(times["other"]),
        "hit_ms": statistics.fmean(times["hit"]) if hits else 0.0,
        "miss_ms": statistics.fmean(times["miss"]) if misses else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--every", type=int, default=20, help="a save every N requests")
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from areas.models import AreaGroup

    call_command("collectstatic", verbosity=0, interactive=False)  # production storage
    logging.disable(logging.WARNING)  # one access line per request would drown the figures

    figures = run(args.requests, args.every, args.seed, args.pages)
    print(f"code: {os.getcwd()}  areas: {AreaGroup.objects.count()}")
    print(
        "{requests} requests over {pages} pages, {saves} saves: hit ratio {hit_ratio:.1%} "
        "({hits} hits, {misses} misses, {uncacheable} uncacheable); "
        "mean hit {hit_ms:.1f} ms, mean miss {miss_ms:.1f} ms".format(**figures)
    )


if __name__ == "__main__":
    main()
