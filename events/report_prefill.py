"""What a new 実施報告 form starts with, from the link that opens it
(`?event=12&held_on=2027-01-16`, as the coordinator's start page writes it).

Only an event the user may edit is taken: another area's id (or no id at all) prefills
nothing, so neither its title nor its existence reaches the form. The date is taken when it is
a date (2027-01-16); anything else is left out, never a server error.
"""

import datetime

from areas.permissions import is_valid_pk
from events.models import Event


def scoped_initial(initial: dict, editable_events) -> dict:
    """`initial` (the admin's, from GET) with `event` and `held_on` kept only when valid."""
    initial = dict(initial)
    event = initial.pop("event", None)
    if event and is_valid_pk(Event, event) and editable_events.filter(pk=event).exists():
        initial["event"] = int(event)
    held_on = initial.pop("held_on", None)
    day = _date(held_on)
    if day is not None:
        initial["held_on"] = day
    return initial


def _date(value) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None
