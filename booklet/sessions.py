"""Sessions held (開催回数): each occurrence of an activity counts, from one query.

A session is one occurrence of a published, not cancelled event that started in the fiscal
year and by now (a date of a series cancelled on its own is none; a moved one counts at its
new date): a monthly café held twelve times is twelve sessions, a session still to come
is not one yet. A session of an event several groups hold together counts once for each of
them (their rows) and once in the whole (`total`, `by_month`).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from core.fiscal_year import fiscal_year_bounds
from events.models import Event, EventStatus, Recurrence
from events.services import with_occurrence_changes

FIELDS = ("pk", "starts_at", "ends_at", "recurrence", "recurrence_until", "area_groups")


@dataclass
class Sessions:
    by_area: dict[int, int] = field(default_factory=dict)
    by_area_month: dict[int, dict[int, int]] = field(default_factory=dict)
    by_month: dict[int, int] = field(default_factory=dict)
    total: int = 0
    # Each event's groups and its sessions per month, to count again for fewer groups.
    events: list[tuple[frozenset, dict[int, int]]] = field(default_factory=list, repr=False)

    def of(self, area_id: int) -> int:
        return self.by_area.get(area_id, 0)

    def for_areas(self, area_ids) -> "Sessions":
        """The same sessions counted for these groups only (no query)."""
        wanted = set(area_ids)
        return _tally([(areas & wanted, months) for areas, months in self.events if areas & wanted])


def sessions_held(year: int, area_ids, now: datetime.datetime | None = None) -> Sessions:
    """Sessions of the groups `area_ids` in the fiscal year, up to `now` (one query)."""
    start, end = fiscal_year_bounds(year)
    end = min(end, now or timezone.now())
    if end <= start or not area_ids:
        return Sessions()
    single = Q(recurrence=Recurrence.NONE, starts_at__gte=start, starts_at__lt=end)
    series = ~Q(recurrence=Recurrence.NONE) & Q(
        starts_at__lt=end, recurrence_until__gte=timezone.localtime(start).date()
    )
    rows = (
        Event.objects.published()
        .exclude(status=EventStatus.CANCELLED)
        .filter(single | series, area_groups__in=area_ids)
        .with_change_flag()
        .order_by()
        .values_list(*FIELDS, "has_occurrence_changes")
    )
    wanted, events, areas = set(area_ids), {}, defaultdict(set)
    for pk, starts_at, ends_at, recurrence, until, area_id, changed in rows:
        if area_id not in wanted:
            continue
        events[pk] = Event(
            pk=pk,
            starts_at=starts_at,
            ends_at=ends_at,
            recurrence=recurrence,
            recurrence_until=until,
        )
        events[pk].has_occurrence_changes = changed
        areas[pk].add(area_id)
    with_occurrence_changes(events.values())  # a query only when a series has a change
    return _count(events, areas, start, end)


def _count(events: dict, areas: dict, start, end) -> Sessions:
    tallies = []
    for pk, event in events.items():
        months = defaultdict(int)
        for occurrence in event.occurrences_between(start, end):
            if not occurrence.cancelled:
                months[occurrence.date.month] += 1
        if months:
            tallies.append((frozenset(areas[pk]), dict(months)))
    return _tally(tallies)


def _tally(events: list[tuple[frozenset, dict[int, int]]]) -> Sessions:
    by_area_month = defaultdict(lambda: defaultdict(int))
    by_month = defaultdict(int)
    for areas, months in events:
        for month, n in months.items():
            by_month[month] += n
            for area_id in areas:
                by_area_month[area_id][month] += n
    return Sessions(
        by_area={a: sum(months.values()) for a, months in by_area_month.items()},
        by_area_month={a: dict(months) for a, months in by_area_month.items()},
        by_month=dict(by_month),
        total=sum(by_month.values()),
        events=events,
    )
