"""What the calendar feeds hold: the events whose dates fall in a window around today.

/events.ics and the per-area and per-co-op calendars list only events with a date from
`FEED_DAYS_BEFORE` days ago to `FEED_YEARS_AHEAD` year(s) ahead, so a feed stays the same
size as the years of data grow. A one-off event outside the window is left out; a repeating
one whose series overlaps the window is in, whole, with its rule (a calendar app expands
it). The help pages (/help/calendar/, /help/feeds/) and README say the same in words.
"""

import datetime

from django.utils import timezone
from django.utils.translation import ngettext

FEED_DAYS_BEFORE = 90
FEED_YEARS_AHEAD = 1


def feed_window(
    now: datetime.datetime | None = None,
) -> tuple[datetime.datetime, datetime.datetime]:
    """(start, end) of the window around `now` (default: this moment)."""
    now = now or timezone.now()
    start = now - datetime.timedelta(days=FEED_DAYS_BEFORE)
    return start, now + datetime.timedelta(days=365 * FEED_YEARS_AHEAD)


def window_words() -> str:
    """The window in one plain sentence, for the help pages."""
    words = ngettext(
        "カレンダーには、過去%(before)s日から%(ahead)s年先までの予定が入ります。",
        "カレンダーには、過去%(before)s日から%(ahead)s年先までの予定が入ります。",
        FEED_YEARS_AHEAD,
    )
    return words % {
        "before": FEED_DAYS_BEFORE,
        "ahead": FEED_YEARS_AHEAD,
    }
