"""Render a page at two data sizes (N and 5N generated groups on top of the demo) and
measure what it lists, its size and its SQL queries: a page that walks only what it shows
does the same work at both."""

from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.demo.generator import generate
from portal.demo.loader import load_demo

SMALL_SCALE, LARGE_SCALE = 3, 11  # 24 and 120 generated groups: five times as many


@dataclass
class Rendered:
    html: str
    queries: int

    def count(self, marker: str) -> int:
        return self.html.count(marker)


def render(client, path: str) -> Rendered:
    client.get(path)  # warm per-process caches first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return Rendered(response.content.decode(), len(queries))


def at_both_scales(client, path: str) -> tuple[Rendered, Rendered]:
    load_demo()
    generate(scale=SMALL_SCALE, seed=5)
    small = render(client, path)
    generate(scale=LARGE_SCALE, seed=5)
    return small, render(client, path)
