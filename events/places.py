"""Places left (残り) on the dates of an event that takes sign-ups on this site.

The sign-ups live in an app above this one (signups), which registers the counter here at
start-up, so event pages show 定員 and 残り without events importing it. Without a counter, or
for an event with no 定員 or no sign-ups here, nothing is counted (no query).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from events.signup_opening import open_occurrences

PlacesCounter = Callable[[object, list[datetime.date]], dict[datetime.date, int]]
_counter: PlacesCounter | None = None


def register_places_counter(counter: PlacesCounter) -> None:
    global _counter
    _counter = counter


def counts_places(event) -> bool:
    return _counter is not None and event.takes_signups_here and event.capacity is not None


def taken_places(event, dates: Iterable[datetime.date]) -> dict[datetime.date, int]:
    """Places taken per date among `dates` (one query), {} when places are not counted."""
    dates = sorted(set(dates))
    if not dates or not counts_places(event):
        return {}
    return _counter(event, dates)


def remaining(event, taken: dict, day: datetime.date) -> int | None:
    """Places left on `day`, None when the event has no 定員 (or does not count places)."""
    if not counts_places(event):
        return None
    return max(event.capacity - taken.get(day, 0), 0)


@dataclass(frozen=True)
class SignupDate:
    """A date open for sign-up on this site, with its places left (None: no 定員)."""

    occurrence: object
    remaining: int | None

    @property
    def is_full(self) -> bool:
        return self.remaining == 0


@dataclass(frozen=True)
class Places:
    """What the event page says about places: 定員, 残り on the shown date, open dates."""

    capacity: int | None
    remaining: int | None  # on the shown date; None when not counted
    open_dates: list = field(default_factory=list)

    @property
    def is_full(self) -> bool:
        return self.remaining == 0


def for_event_page(event, shown, now=None) -> Places:
    """The shown date's places and the next open dates' (one query at most, none without a
    定員 or without sign-ups here)."""
    open_dates = open_occurrences(event, now)
    taken = taken_places(event, [shown.date, *(o.date for o in open_dates)])
    return Places(
        capacity=event.capacity,
        remaining=remaining(event, taken, shown.date),
        open_dates=[SignupDate(o, remaining(event, taken, o.date)) for o in open_dates],
    )
