"""Put the demo data (the 2023 booklet and sample events) into the database.

Only what is missing is added (portal/demo/common.py): a row that is there, and all that
belongs to it, is left as a person may have changed it. Loading twice, on the same day or a
later one, adds no row and writes no history.
"""

import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from areas.models import (
    AreaGroup,
    AreaStatus,
    Charter,
    CommonTheme,
    Goal,
    Municipality,
    PublicationStatus,
    YearlyTheme,
)
from areas.yearly_cycle import open_fiscal_year
from coops.models import Organization
from core.fiscal_year import fiscal_year_end, fiscal_year_of, is_known_year
from events.models import ActivityReport, Event, EventStatus, Venue
from portal.demo import booklet_2023 as booklet
from portal.demo import sample_events as samples
from portal.demo.booklet_edition import load_booklet_2023
from portal.demo.common import add_event, add_members, add_missing, add_organizations
from portal.demo.networks import TOKYO, load_network
from portal.demo.photos import load_report_photos
from portal.demo.watamachi import load_watamachi


@transaction.atomic
def load_demo(today: datetime.date | None = None, *, open_current_year: bool = False) -> None:
    """The demo data; with `open_current_year` (the load_demo command, so `make run`) also
    the current fiscal year opened with sample drafts, as a year in progress looks."""
    today = today or timezone.localdate()
    organizations = _load_organizations()
    goals, common_theme = _load_charter(today)
    groups = _load_groups(organizations, goals, common_theme)
    if open_current_year:
        _open_current_year(today)
    _load_sample_events(organizations, groups, today)
    # Photos on some reports (issue 16): drawn scenes shipped in portal/demo/photos/.
    load_report_photos()
    # わたまちプラン: a Saitama area walked through the whole process (sample).
    load_watamachi(today)
    # The 2023 booklet, published as it was (edition 1), once everything it shows is in.
    load_booklet_2023()


def _open_current_year(today: datetime.date) -> None:
    """The current fiscal year under way, as the 事務局 would have opened it (年度の準備): the
    charter carried, each active Tokyo group with a draft theme and its members. Opening is
    idempotent, so a second run adds nothing; no coordinator is mailed."""
    year = fiscal_year_of(today)
    if year > booklet.FISCAL_YEAR and is_known_year(year):
        open_fiscal_year(year, dry_run=False, notify=False)


def _load_organizations() -> dict[str, Organization]:
    keys = ("name", "slug", "kind", "is_member_coop", "formal_name")
    return add_organizations(dict(zip(keys, row, strict=True)) for row in booklet.ORGANIZATIONS)


def _load_charter(today: datetime.date) -> tuple[dict[int, Goal], CommonTheme]:
    """The seed year's charter with its goals, and the common theme; the goals by number."""
    charter, added = add_missing(
        Charter,
        {"fiscal_year": booklet.FISCAL_YEAR},
        {
            "philosophy": booklet.PHILOSOPHY,
            "purpose": booklet.PURPOSE,
        },
    )
    if added:
        for number, text in enumerate(booklet.GOALS, start=1):
            Goal.objects.create(charter=charter, number=number, text=text)
    common_theme, _ = add_missing(
        CommonTheme,
        {"fiscal_year": booklet.FISCAL_YEAR, "name": booklet.COMMON_THEME},
        {"description": booklet.COMMON_THEME_DESCRIPTION},
    )
    # The common theme goes on (「引き続き」); the current year's entry is sample data.
    current = fiscal_year_of(today)
    if current != booklet.FISCAL_YEAR:
        add_missing(
            CommonTheme,
            {"fiscal_year": current, "name": booklet.COMMON_THEME},
            {"description": f"{booklet.COMMON_THEME_DESCRIPTION}\n{samples.SAMPLE_NOTE}"},
        )
    return {goal.number: goal for goal in charter.goals.all()}, common_theme


def _load_groups(organizations, goals, common_theme) -> dict[str, AreaGroup]:
    """The booklet's groups, each with its theme of the year; by the seed's slug."""
    year = booklet.FISCAL_YEAR
    entries = [(AreaStatus.ACTIVE, g) for g in booklet.ACTIVE_GROUPS] + [
        (AreaStatus.PROMOTING, g) for g in booklet.PROMOTING_GROUPS
    ]
    network = load_network(TOKYO)
    groups = {}
    for position, (status, entry) in enumerate(entries, start=1):
        group, added = add_missing(
            AreaGroup,
            {"slug": entry["slug"]},
            {
                "network": network,
                "municipality": Municipality.objects.get(code=entry["code"]),
                "name": entry["name"],
                "status": status,
                "position": position,
                **samples.GROUP_CONTACTS.get(entry["slug"], {}),
            },
            # One group per municipality: one whose slug a person changed is still found.
            match=Q(slug=entry["slug"]) | Q(municipality__code=entry["code"]),
        )
        theme, theme_added = add_missing(
            YearlyTheme,
            {"area_group": group, "fiscal_year": year},
            {
                "headline": entry.get("headline", ""),
                "text": entry["text"],
                "publication": PublicationStatus.PUBLISHED,
            },
        )
        if theme_added:
            theme.goals.set([goals[n] for n in entry.get("goals", []) if n in goals])
            theme.common_themes.set([common_theme] if status == AreaStatus.ACTIVE else [])
        if added:
            add_members(group, year, [organizations[name] for name in entry.get("members", [])])
        groups[entry["slug"]] = group
    return groups


def _load_sample_events(organizations, groups, today: datetime.date) -> None:
    venues = [_load_venue(*row) for row in samples.VENUES]
    tz = timezone.get_current_timezone()
    current_end = fiscal_year_end(fiscal_year_of(today))

    for entry in samples.EVENTS_2023:
        starts_at = datetime.datetime.fromisoformat(entry["start"]).replace(tzinfo=tz)
        until = entry.get("until")
        event, added = _add_event(
            entry,
            starts_at,
            venues,
            groups,
            organizations,
            recurrence_until=current_end if until == "current_fiscal_year_end" else None,
        )
        if added:
            reports = {
                datetime.date.fromisoformat(held_on): (participants, summary)
                for held_on, participants, summary in entry["reports"]
            }
            if event.is_recurring:
                reports |= _recent_occurrences(event, today)
            for held_on, (participants, summary) in reports.items():
                _add_report(event, held_on, participants, summary)

    for entry in samples.EVENTS_CURRENT:
        day = today + datetime.timedelta(days=entry["days"])
        start_time = datetime.time.fromisoformat(entry["time"])
        starts_at = datetime.datetime.combine(day, start_time, tzinfo=tz)
        event, added = _add_event(entry, starts_at, venues, groups, organizations)
        if added and "report" in entry and day < today:
            _add_report(event, day, *entry["report"])


def _load_venue(name, address, code, latitude, longitude) -> Venue:
    venue, _ = add_missing(
        Venue,
        {"name": name},
        {
            "address": address,
            "municipality": Municipality.objects.get(code=code),
            "latitude": Decimal(str(latitude)),
            "longitude": Decimal(str(longitude)),
        },
    )
    return venue


def _add_event(entry, starts_at, venues, groups, organizations, recurrence_until=None):
    """A sample event by its title, with its groups, organizers, goals and common theme.

    Returns (event, added). An event a person renamed is still found by its history.
    """
    venue = venues[entry["venue"]] if entry.get("venue") is not None else None
    title = entry["title"]
    event, added = add_event(
        title,
        {
            "kind": entry["kind"],
            "description": f"{entry['description']}\n{samples.SAMPLE_NOTE}",
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(minutes=entry["minutes"]),
            "venue": venue,
            "online_url": entry.get("online_url", ""),
            "status": entry.get("status", EventStatus.SCHEDULED),
            "publication": PublicationStatus.PUBLISHED,
            "recurrence": entry.get("recurrence", ""),
            "recurrence_until": recurrence_until,
            **entry.get("taking_part", {}),
        },
    )
    if not added:
        return event, False
    event.area_groups.set([groups[slug] for slug in entry["areas"]])
    event.organizers.set([organizations[name] for name in entry["organizers"]])
    # The goals of the charter in force in the event's year (the current year's is carried).
    charter = Charter.objects.for_year(fiscal_year_of(starts_at)).first()
    event.goals.set(charter.goals.filter(number__in=entry["goals"]) if charter else [])
    if entry["common_theme"]:
        event.common_themes.set(
            CommonTheme.objects.filter(name=booklet.COMMON_THEME).filter(
                fiscal_year=fiscal_year_of(starts_at)
            )
        )
    return event, True


def _add_report(event: Event, held_on: datetime.date, participants: int, summary: str) -> None:
    """A report of an event this run added (so it has none yet)."""
    ActivityReport.objects.create(
        event=event,
        held_on=held_on,
        participants=participants,
        summary=f"{summary}\n{samples.SAMPLE_NOTE}",
        publication=PublicationStatus.PUBLISHED,
    )


def _recent_occurrences(event: Event, today: datetime.date) -> dict[datetime.date, tuple]:
    """Reports for the last three occurrences of a series that have already happened."""
    tz = timezone.get_current_timezone()
    window_end = datetime.datetime.combine(today, datetime.time.min, tzinfo=tz)
    window_start = window_end - datetime.timedelta(days=100)
    recent = event.occurrences_between(window_start, window_end)[-3:]
    return {
        occurrence.date: (
            11 + 3 * index,
            "季節の話題から地域の困りごとまで、和やかに話し合いました。",
        )
        for index, occurrence in enumerate(recent)
    }
