"""What an event page offers to put in a resident's calendar.

Rule: 「この日をカレンダーに追加」 is for the next date that actually happens (a cancelled date
is skipped, a moved one is at its new time) — a Google Calendar link and a one-date .ics,
both for that date alone, never the series from its first date. 「毎回の予定を購読」 (a series)
subscribes to the event's own .ics, which carries the rule and every change, by `webcal://`
on the request's host, with the https address for downloading. A cancelled or postponed
event, or one whose dates are all past or cancelled, offers nothing to add.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Event, EventStatus
from events.models.event import Occurrence
from events.services import place_text

GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render?"


@dataclass(frozen=True)
class CalendarOffer:
    """The links an event page shows; `occurrence` None means there is nothing to add."""

    occurrence: Occurrence | None
    google_url: str = ""
    ics_url: str = ""
    subscribe_webcal: str = ""
    subscribe_url: str = ""
    reason: str = ""


def webcal_url(request, path: str) -> str:
    """`path` on this host as a webcal:// address (calendar apps subscribe to it)."""
    return f"webcal://{request.get_host()}{path}"


def next_date(event: Event, now: datetime.datetime | None = None) -> Occurrence | None:
    """The next date that takes place, or None (event cancelled or postponed, all dates past)."""
    if event.status != EventStatus.SCHEDULED:
        return None
    return event.next_occurrence(now)


def occurrence_ics_path(occurrence: Occurrence) -> str:
    return reverse("events:occurrence_ics", args=[occurrence.event.pk, occurrence.date.isoformat()])


def _utc_stamp(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def google_url(occurrence: Occurrence, page_url: str) -> str:
    """A Google Calendar "add" link for this one date (no repeat rule), in Tokyo time."""
    event = occurrence.event
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{_utc_stamp(occurrence.starts_at)}/{_utc_stamp(occurrence.ends_at)}",
        "details": "\n\n".join(p for p in (occurrence.note, event.description, page_url) if p),
        "ctz": timezone.get_current_timezone_name(),
    }
    if place_text(event):
        params["location"] = place_text(event)
    return GOOGLE_CALENDAR + urlencode(params)


def _reason(event: Event) -> str:
    if event.status == EventStatus.CANCELLED:
        return _("この活動は中止になったため、カレンダーに追加できません。")
    if event.status == EventStatus.POSTPONED:
        return _("新しい日程が決まると、ここからカレンダーに追加できます。")
    return ""


def for_event_page(request, event: Event, now: datetime.datetime | None = None) -> CalendarOffer:
    occurrence = next_date(event, now)
    if occurrence is None:
        return CalendarOffer(None, reason=_reason(event))
    page_url = request.build_absolute_uri(event.get_absolute_url())
    offer = {
        "google_url": google_url(occurrence, page_url),
        "ics_url": occurrence_ics_path(occurrence),
    }
    if event.is_recurring:
        series = reverse("events:event_ics", args=[event.pk])
        offer["subscribe_webcal"] = webcal_url(request, series)
        offer["subscribe_url"] = request.build_absolute_uri(series)
    return CalendarOffer(occurrence, **offer)
