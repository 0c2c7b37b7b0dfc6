"""Feeds: iCalendar (RFC 5545) for calendar apps, and an Atom feed of what is new.

iCalendar: each event is one VEVENT with a stable UID (event-<pk>@<host>); a
repeating event carries the RRULE made from the same rule the pages use
(events/recurrence.py), so a calendar app shows the same dates as the site. One date of a
series cancelled on its own is an EXDATE of that VEVENT; a moved date is a second VEVENT
with the same UID whose RECURRENCE-ID is the replaced start (RFC 5545 §3.8.4.4).
"""

import datetime
from itertools import chain

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, vRecur
from icalendar import Event as CalendarEvent

from areas.models import AreaGroup
from coops.models import Organization
from events import services
from events.feed_window import feed_window
from events.models import ActivityReport, Event, EventStatus, OccurrenceChange, SignupMethod
from events.models.event import Occurrence
from events.recurrence import ical_rule

ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}


def _host(request) -> str:
    return request.get_host().split(":")[0] or "localhost"


def calendar_event(event: Event, request, change: OccurrenceChange | None = None) -> CalendarEvent:
    """The event's VEVENT, or with `change` (a moved date) the VEVENT of that one date."""
    tz = timezone.get_current_timezone()
    stamp = max(event.updated_at, change.updated_at) if change else event.updated_at
    if change:
        item = _vevent(event, request, change.starts_at, change.ends_at, stamp, change.note)
        item.add("recurrence-id", change.original_start().astimezone(tz))
    else:
        item = _vevent(event, request, event.starts_at, event.ends_at, stamp)
    item.add("uid", f"event-{event.pk}@{_host(request)}")
    item.add("summary", _summary(event, moved=change is not None))
    if event.is_recurring and not change:
        parts = ical_rule(event.recurrence, event.starts_at, event.recurrence_until)
        item.add("rrule", vRecur(parts))
        cancelled = [c.original_start().astimezone(tz) for c in _changes(event) if c.is_cancelled]
        if cancelled:
            item.add("exdate", cancelled)
    return item


def occurrence_calendar_event(occurrence: Occurrence, request) -> CalendarEvent:
    """One date on its own: no rule, its own UID (event-<pk>-<yyyymmdd>@host), so adding it
    never clashes with the series a resident may also subscribe to."""
    event = occurrence.event
    stamp = event.updated_at
    item = _vevent(event, request, occurrence.starts_at, occurrence.ends_at, stamp, occurrence.note)
    item.add("uid", f"event-{event.pk}-{occurrence.date:%Y%m%d}@{_host(request)}")
    item.add("summary", _summary(event, moved=bool(occurrence.moved_from)))
    return item


def _summary(event: Event, moved: bool) -> str:
    title = event.title
    if event.status == EventStatus.CANCELLED:
        return _("【中止】%(title)s") % {"title": title}
    if event.status == EventStatus.POSTPONED:
        return _("【延期】%(title)s") % {"title": title}
    if moved:
        return _("【日時変更】%(title)s") % {"title": title}
    return title


def _vevent(event: Event, request, starts_at, ends_at, stamp, note: str = "") -> CalendarEvent:
    """A VEVENT with the event's times, words and place (no UID, summary or rule yet)."""
    tz = timezone.get_current_timezone()
    url = request.build_absolute_uri(event.get_absolute_url())
    item = CalendarEvent()
    item.add("dtstamp", stamp.astimezone(datetime.UTC))
    item.add("last-modified", stamp.astimezone(datetime.UTC))
    item.add("created", event.created_at.astimezone(datetime.UTC))
    item.add("dtstart", starts_at.astimezone(tz))
    item.add("dtend", ends_at.astimezone(tz))
    parts = (note, event.description, taking_part_text(event, request), url)
    item.add("description", "\n\n".join(part for part in parts if part))
    item.add("url", url)
    item.add("status", ICAL_STATUS.get(event.status, "CONFIRMED"))
    place = services.place_text(event)
    if place:
        item.add("location", place)
    if event.venue and event.venue.latitude is not None:
        item.add("geo", (float(event.venue.latitude), float(event.venue.longitude)))
    return item


def taking_part_text(event: Event, request) -> str:
    """参加費, 定員 and how to sign up, one line each (the group's public contact for phone)."""
    lines = []
    if event.fee:
        lines.append(_("参加費: %(fee)s") % {"fee": event.fee})
    if event.capacity is not None:
        lines.append(_("定員: %(capacity)s人") % {"capacity": event.capacity})
    if event.signup_method == SignupMethod.SITE:
        register = request.build_absolute_uri(reverse("signups:register", args=[event.pk]))
        lines.append(_("申し込み: %(url)s") % {"url": register})
    elif event.signup_method == SignupMethod.EXTERNAL and event.signup_url:
        lines.append(_("申し込み: %(url)s") % {"url": event.signup_url})
    elif event.signup_method == SignupMethod.PHONE:
        phones = [
            " ".join(p for p in (g.contact_name, g.contact_phone, g.contact_hours) if p)
            for g in event.area_groups.all()
            if g.contact_phone
        ]
        lines.append(_("申し込み: 電話（%(phones)s）") % {"phones": "、".join(phones)})
    if event.signup_deadline:
        deadline = timezone.localtime(event.signup_deadline).strftime("%Y-%m-%d %H:%M")
        lines.append(_("申し込み締切: %(deadline)s") % {"deadline": deadline})
    return "\n".join(lines)


def _changes(event: Event) -> list[OccurrenceChange]:
    """The changes that still name a date of the series (an edited rule may orphan some)."""
    if not event.is_recurring:
        return []
    return [c for c in event.occurrence_changes.all() if event.is_series_date(c.original_date)]


def calendar_components(event: Event, request) -> list[CalendarEvent]:
    """The series' VEVENT, then one VEVENT per moved date."""
    moved = [calendar_event(event, request, c) for c in _changes(event) if c.is_moved]
    return [calendar_event(event, request), *moved]


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Tokyo co-ops machizukuri//machizukuri portal//JA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", timezone.get_current_timezone_name())
    return cal


def calendar_response(events, request, name: str, filename: str | None = None) -> HttpResponse:
    cal = _calendar(name)
    events = list(events)
    # A phone sign-up names its groups' public contact: read those groups in one query.
    phoned = [e for e in events if e.signup_method == SignupMethod.PHONE]
    prefetch_related_objects(phoned, "area_groups")
    for event in events:
        for component in calendar_components(event, request):
            cal.add_component(component)
    cal.add_missing_timezones()
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def feed_events(queryset):
    """Published events with a date in the feed's window (events/feed_window.py), with what
    a VEVENT needs."""
    return (
        queryset.published()
        .overlapping(*feed_window())
        .select_related("venue")
        .prefetch_related("occurrence_changes")
        .order_by("starts_at", "pk")
    )


def all_events_ics(request):
    return calendar_response(
        feed_events(Event.objects.all()), request, _("東京の生協のまちづくり 活動・イベント")
    )


def area_events_ics(request, slug):
    group = get_object_or_404(AreaGroup, slug=slug)
    events = feed_events(Event.objects.filter(area_groups=group))
    return calendar_response(events, request, group.name)


def organization_events_ics(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    events = feed_events(Event.objects.filter(organizers=organization))
    return calendar_response(events, request, organization.name)


def event_ics(request, pk):
    event = get_object_or_404(
        Event.objects.published().select_related("venue").prefetch_related("occurrence_changes"),
        pk=pk,
    )
    return calendar_response([event], request, event.title, filename=f"event-{event.pk}.ics")


def occurrence_ics(request, pk, day):
    """One date of an event as a .ics of one VEVENT; 404 unless the event takes place that day
    (a cancelled date, a date moved away, or a cancelled or postponed event has nothing)."""
    event = get_object_or_404(
        Event.objects.published().select_related("venue").prefetch_related("occurrence_changes"),
        pk=pk,
    )
    occurrence = _occurrence_on(event, day)
    if occurrence is None:
        raise Http404(_("この日の開催はありません。"))
    if event.signup_method == SignupMethod.PHONE:
        prefetch_related_objects([event], "area_groups")
    cal = _calendar(event.title)
    cal.add_component(occurrence_calendar_event(occurrence, request))
    cal.add_missing_timezones()
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    filename = f"event-{event.pk}-{day:%Y%m%d}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _occurrence_on(event: Event, day: datetime.date) -> Occurrence | None:
    if event.status != EventStatus.SCHEDULED:
        return None
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)
    found = event.occurrences_between(start, start + datetime.timedelta(days=1))
    return next((o for o in found if not o.cancelled), None)


class LatestFeed(Feed):
    """New events and activity reports, newest first (Atom)."""

    feed_type = Atom1Feed
    title = gettext_lazy("東京の生協のまちづくり — 新しい活動と報告")
    subtitle = gettext_lazy("各地域のまちづくりグループの新しい活動・イベントと実施報告")
    size = 30

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The feed writer adds the XML in hundreds of small pieces, and the server sends
        # each piece on its own: join them into one body.
        response.content = response.content
        return response

    def link(self):
        return reverse("home")

    def items(self):
        reports = (
            ActivityReport.objects.published()
            .select_related("event")
            .prefetch_related("event__area_groups")
            .order_by("-created_at")[: self.size]
        )
        events = (
            Event.objects.published()
            .prefetch_related("area_groups")
            .order_by("-created_at")[: self.size]
        )
        found = sorted(chain(events, reports), key=lambda item: item.created_at, reverse=True)
        return found[: self.size]

    def item_title(self, item):
        if isinstance(item, ActivityReport):
            return _("実施報告: %(title)s（%(date)s）") % {
                "title": item.event.title,
                "date": date_format(item.held_on, "DATE_FORMAT"),
            }
        return item.title

    def item_description(self, item):
        return item.summary if isinstance(item, ActivityReport) else item.description

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        event = item.event if isinstance(item, ActivityReport) else item
        return [group.name for group in event.area_groups.all()]
