"""Which scopes of data a public page shows, read from its path alone (no query on a hit).

A scope is a name with a data version in the cache (portal/change_scopes.py moves them):
- `all`: everything; moved by changes to things many pages of every kind show (the charter and
  its goals, common themes, municipalities, networks, venues, an area's or a co-op's name);
- `site`: the site-wide lists (home, /areas/, /coops/, the events list and calendar, feeds,
  the sitemap, search, open data, plans, reports, help): moved by every public change;
- `area:<slug>`: /areas/<slug>/… (the area page, its years, its plan, its calendar feed);
- `coop:<slug>`: /coops/<slug>/… (the co-op page and its calendar feed);
- `event:<pk>`: /events/<pk>/… (the event page, its reports, its calendar files).

Every page depends on `all` and on exactly one other scope. The event page shows its own
rows, its groups', organizers' and venue's names and its seats: no site-wide list, so it does
not depend on `site`; what it shows of other rows moves its `event:` scope or `all`.
"""

import re

from core.language_paths import without_language_prefix

ALL = "all"
SITE = "site"

_SCOPED = (
    (re.compile(r"^/areas/(?P<id>[-\w]+)/"), "area"),
    (re.compile(r"^/coops/(?P<id>[-\w]+)/"), "coop"),
    (re.compile(r"^/events/(?P<id>\d+)(?:/|\.ics$)"), "event"),
)


def area(slug: str) -> str:
    return f"area:{slug}"


def coop(slug: str) -> str:
    return f"coop:{slug}"


def event(pk) -> str:
    return f"event:{pk}"


def scopes_of_path(path_info: str) -> tuple[str, str]:
    """(`all`, the page's own scope) for a request path, with or without /en/."""
    path = without_language_prefix(path_info)
    for pattern, kind in _SCOPED:
        match = pattern.match(path)
        if match:
            return ALL, f"{kind}:{match['id']}"
    return ALL, SITE
