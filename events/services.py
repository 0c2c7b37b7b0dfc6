"""Listing events by their occurrences, and describing one event for calendars and search engines.

Listing works in two steps so a page runs a fixed number of queries whatever the data size:
`occurrences_in` reads only the date fields of the matching events and expands repeating ones
into dated occurrences; after sorting and paging, `with_details` loads the shown events with
everything a listing prints, in one query plus prefetches.
"""

import dataclasses
import datetime
import re
import unicodedata
from urllib.parse import urlencode

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from areas.models import AreaGroup
from events.models import Event, Photo
from events.models.event import Occurrence

DATE_FIELDS = ("id", "starts_at", "ends_at", "recurrence", "recurrence_until")
PAGE_SIZES = (20, 50, 100)
DEFAULT_PAGE_SIZE = PAGE_SIZES[0]


def listing_queryset(queryset=None):
    """Events with what a listing shows: venue, area groups (one place for select/prefetch)."""
    queryset = Event.objects.all() if queryset is None else queryset
    return queryset.select_related("venue").prefetch_related(
        Prefetch("area_groups", queryset=AreaGroup.objects.order_by("position", "pk"))
    )


def report_photos_prefetch() -> Prefetch:
    """A report's photos in their order, for `prefetch_related` on reports (one query)."""
    return Prefetch("photos", queryset=Photo.objects.order_by("position", "pk"))


def with_occurrence_changes(events):
    """Read the cancelled and moved dates of the repeating ones among `events` in one query,
    so expanding them costs no query per event; none at all when no event repeats or (with
    `EventQuerySet.with_change_flag`) none has a change."""
    events = list(events)
    changed = [e for e in events if e.is_recurring and getattr(e, "has_occurrence_changes", True)]
    prefetch_related_objects(changed, "occurrence_changes")
    return events


def occurrences_in(queryset, start: datetime.datetime, end: datetime.datetime) -> list[Occurrence]:
    """Occurrences of the events in `queryset` that are under way or start in [start, end).

    The events carry only their date fields; pass a page of the result to `with_details`.
    A cancelled date is among them (marked); a moved one is at its new time.
    """
    events = with_occurrence_changes(
        queryset.overlapping(start, end).only(*DATE_FIELDS).with_change_flag().order_by().distinct()
    )
    found = []
    for event in events:
        for occurrence in event.occurrences_between(start - event.duration, end):
            if occurrence.ends_at >= start:
                found.append(occurrence)
    found.sort(key=lambda o: (o.starts_at, o.event.pk))
    return found


def with_details(occurrences) -> list[Occurrence]:
    """The same occurrences, their events loaded with venue and area groups."""
    ids = {o.event.pk for o in occurrences}
    events = listing_queryset(Event.objects.filter(pk__in=ids)).in_bulk() if ids else {}
    return [dataclasses.replace(o, event=events[o.event.pk]) for o in occurrences]


def upcoming_occurrences(queryset, limit: int, days: int = 365, now=None) -> list[Occurrence]:
    """The next `limit` occurrences (each date of a repeating event counts), with details."""
    now = now or timezone.now()
    found = occurrences_in(queryset, now, now + datetime.timedelta(days=days))
    return with_details(found[:limit])


def page_size(value) -> int:
    """The page size asked for, if it is one we offer; anything else gets the default."""
    try:
        size = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PAGE_SIZE
    return size if size in PAGE_SIZES else DEFAULT_PAGE_SIZE


def shown_occurrence(event: Event, now=None) -> Occurrence:
    """The occurrence an event page is about: the next one, or the last one once all are past."""
    now = now or timezone.now()
    upcoming = event.next_occurrence(now)
    if upcoming:
        return upcoming
    if not event.is_recurring:
        return Occurrence(event, event.starts_at, event.ends_at)
    tz = timezone.get_current_timezone()
    end = datetime.datetime.combine(
        event.recurrence_until + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    past = event.occurrences_between(end - datetime.timedelta(days=400), end)
    held = [o for o in past if not o.cancelled]
    return held[-1] if held else Occurrence(event, event.starts_at, event.ends_at)


def next_occurrences(event: Event, count: int, now=None) -> list[Occurrence]:
    """The next `count` dates, cancelled ones included (marked), moved ones at their new time."""
    now = now or timezone.now()
    found = event.occurrences_between(now - event.duration, now + datetime.timedelta(days=400))
    return [o for o in found if o.ends_at >= now][:count]


def place_text(event: Event) -> str:
    if not event.venue:
        return ""
    return " ".join(part for part in (event.venue.name, event.venue.address) if part)


def map_url(venue) -> str:
    """A link that opens the venue in the phone's map app (or Google Maps in a browser)."""
    if venue is None:
        return ""
    if venue.latitude is not None and venue.longitude is not None:
        query = f"{venue.latitude},{venue.longitude}"
    else:
        query = " ".join(part for part in (venue.address, venue.name) if part)
    return "https://www.google.com/maps/search/?" + urlencode({"api": "1", "query": query})


SCHEMA_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
}


def _schema_status(event: Event, occurrence: Occurrence) -> str:
    if occurrence.cancelled:
        return SCHEMA_STATUS["cancelled"]
    if occurrence.moved_from and event.status == "scheduled":
        return "https://schema.org/EventRescheduled"
    return SCHEMA_STATUS.get(event.status, SCHEMA_STATUS["scheduled"])


def fee_yen(fee: str) -> int | None:
    """The fee as a number of yen when it is one (無料, 500円, ５００円, 1,000円), else None."""
    text = unicodedata.normalize("NFKC", fee or "").strip().replace(",", "")
    if text in ("無料", "0"):
        return 0
    match = re.fullmatch(r"(\d+)\s*円?", text)
    return int(match.group(1)) if match else None


def offers(event: Event, page_url: str, remaining: int | None) -> dict | None:
    """schema.org Offer: the price (or its description) and whether places are left."""
    if not event.fee and event.signup_method == "none":
        return None
    offer = {
        "@type": "Offer",
        "url": event.signup_url or page_url,
        "availability": "https://schema.org/SoldOut"
        if remaining == 0
        else "https://schema.org/InStock",
    }
    price = fee_yen(event.fee)
    if price is not None:
        offer |= {"price": price, "priceCurrency": "JPY"}
    elif event.fee:
        offer["description"] = event.fee
    return offer


def json_ld(
    event: Event, occurrence: Occurrence, page_url: str, remaining: int | None = None
) -> dict:
    """schema.org Event data for search engines; `remaining`: places left on that date."""
    online = bool(event.online_url)
    offline = event.venue is not None
    if online and offline:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if offline:
        place = {"@type": "Place", "name": event.venue.name}
        if event.venue.address:
            place["address"] = event.venue.address
        if event.venue.latitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.venue.latitude),
                "longitude": float(event.venue.longitude),
            }
        locations.append(place)
    if online:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "url": page_url,
        "startDate": timezone.localtime(occurrence.starts_at).isoformat(),
        "endDate": timezone.localtime(occurrence.ends_at).isoformat(),
        "eventStatus": _schema_status(event, occurrence),
        "eventAttendanceMode": mode,
        "organizer": [
            {"@type": "Organization", "name": o.name, **({"url": o.website} if o.website else {})}
            for o in event.organizers.all()
        ],
    }
    if occurrence.moved_from:
        first = timezone.localtime(event.starts_at)
        previous = datetime.datetime.combine(occurrence.moved_from, first.time(), first.tzinfo)
        data["previousStartDate"] = previous.isoformat()
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    offer = offers(event, page_url, remaining)
    if offer:
        data["offers"] = offer
    if event.capacity is not None:
        data["maximumAttendeeCapacity"] = event.capacity
    if remaining is not None:
        data["remainingAttendeeCapacity"] = remaining
    return data
