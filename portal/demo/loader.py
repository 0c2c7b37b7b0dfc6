"""Put the demo data (the 2023 booklet and sample events) into the database.

Idempotent: every row is found by its natural identity and updated, so loading
twice leaves the same rows.
"""

import datetime
from decimal import Decimal

from django.db import transaction
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
from coops.models import Organization
from core.fiscal_year import fiscal_year_end, fiscal_year_of
from events.models import ActivityReport, Event, EventStatus, Venue
from portal.demo import booklet_2023 as booklet
from portal.demo import sample_events as samples
from portal.demo.common import save_organizations, set_members
from portal.demo.networks import TOKYO, load_network
from portal.demo.watamachi import load_watamachi


@transaction.atomic
def load_demo(today: datetime.date | None = None) -> None:
    today = today or timezone.localdate()
    organizations = _load_organizations()
    charter = _load_charter(today)
    _load_groups(organizations, charter)
    _load_sample_events(organizations, today)
    # わたまちプラン: a Saitama area walked through the whole process (sample).
    load_watamachi(today)


def _load_organizations() -> dict[str, Organization]:
    keys = ("name", "slug", "kind", "is_member_coop", "formal_name")
    return save_organizations(dict(zip(keys, row, strict=True)) for row in booklet.ORGANIZATIONS)


def _load_charter(today: datetime.date) -> Charter:
    charter, _ = Charter.objects.update_or_create(
        fiscal_year=booklet.FISCAL_YEAR,
        defaults={
            "philosophy": booklet.PHILOSOPHY,
            "purpose": booklet.PURPOSE,
            "introduction": booklet.INTRODUCTION,
            "theme_policy": booklet.THEME_POLICY,
        },
    )
    for number, text in enumerate(booklet.GOALS, start=1):
        Goal.objects.update_or_create(charter=charter, number=number, defaults={"text": text})
    CommonTheme.objects.update_or_create(
        fiscal_year=booklet.FISCAL_YEAR,
        name=booklet.COMMON_THEME,
        defaults={"description": booklet.COMMON_THEME_DESCRIPTION},
    )
    # The common theme goes on (「引き続き」); the current year's entry is sample data.
    current = fiscal_year_of(today)
    if current != booklet.FISCAL_YEAR:
        CommonTheme.objects.update_or_create(
            fiscal_year=current,
            name=booklet.COMMON_THEME,
            defaults={"description": f"{booklet.COMMON_THEME_DESCRIPTION}\n{samples.SAMPLE_NOTE}"},
        )
    return charter


def _load_groups(organizations: dict[str, Organization], charter: Charter) -> None:
    year = booklet.FISCAL_YEAR
    goals = {goal.number: goal for goal in charter.goals.all()}
    common_theme = CommonTheme.objects.get(fiscal_year=year, name=booklet.COMMON_THEME)
    entries = [(AreaStatus.ACTIVE, g) for g in booklet.ACTIVE_GROUPS] + [
        (AreaStatus.PROMOTING, g) for g in booklet.PROMOTING_GROUPS
    ]
    network = load_network(TOKYO)
    for position, (status, entry) in enumerate(entries, start=1):
        group, _ = AreaGroup.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "network": network,
                "municipality": Municipality.objects.get(code=entry["code"]),
                "name": entry["name"],
                "status": status,
                "position": position,
            },
        )
        theme, _ = YearlyTheme.objects.update_or_create(
            area_group=group,
            fiscal_year=year,
            defaults={
                "headline": entry.get("headline", ""),
                "text": entry["text"],
                "publication": PublicationStatus.PUBLISHED,
            },
        )
        theme.goals.set([goals[n] for n in entry.get("goals", [])])
        theme.common_themes.set([common_theme] if status == AreaStatus.ACTIVE else [])
        set_members(group, year, [organizations[name] for name in entry.get("members", [])])


def _load_sample_events(organizations: dict[str, Organization], today: datetime.date) -> None:
    venues = [_load_venue(*row) for row in samples.VENUES]
    groups = {group.slug: group for group in AreaGroup.objects.all()}
    tz = timezone.get_current_timezone()
    current_end = fiscal_year_end(fiscal_year_of(today))

    for entry in samples.EVENTS_2023:
        starts_at = datetime.datetime.fromisoformat(entry["start"]).replace(tzinfo=tz)
        until = entry.get("until")
        event = _save_event(
            entry,
            starts_at,
            venues,
            groups,
            organizations,
            recurrence_until=current_end if until == "current_fiscal_year_end" else None,
        )
        kept = []
        for held_on, participants, summary in entry["reports"]:
            kept.append(datetime.date.fromisoformat(held_on))
            _save_report(event, kept[-1], participants, summary)
        if event.is_recurring:
            kept += _report_recent_occurrences(event, today)
        _drop_other_reports(event, kept)

    for entry in samples.EVENTS_CURRENT:
        day = today + datetime.timedelta(days=entry["days"])
        start_time = datetime.time.fromisoformat(entry["time"])
        starts_at = datetime.datetime.combine(day, start_time, tzinfo=tz)
        event = _save_event(entry, starts_at, venues, groups, organizations)
        if "report" in entry and day < today:
            _save_report(event, day, *entry["report"])
        # The event moved with today: its report from an earlier load is on another date.
        _drop_other_reports(event, [day] if "report" in entry and day < today else [])


def _load_venue(name, address, code, latitude, longitude) -> Venue:
    venue, _ = Venue.objects.update_or_create(
        name=name,
        defaults={
            "address": address,
            "municipality": Municipality.objects.get(code=code),
            "latitude": Decimal(str(latitude)),
            "longitude": Decimal(str(longitude)),
        },
    )
    return venue


def _save_event(entry, starts_at, venues, groups, organizations, recurrence_until=None) -> Event:
    venue = venues[entry["venue"]] if entry.get("venue") is not None else None
    event, _ = Event.objects.update_or_create(
        title=entry["title"],
        defaults={
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
        },
    )
    event.area_groups.set([groups[slug] for slug in entry["areas"]])
    event.organizers.set([organizations[name] for name in entry["organizers"]])
    year_goals = Goal.objects.filter(charter__fiscal_year=booklet.FISCAL_YEAR)
    event.goals.set(year_goals.filter(number__in=entry["goals"]))
    if entry["common_theme"]:
        event.common_themes.set(
            CommonTheme.objects.filter(name=booklet.COMMON_THEME).filter(
                fiscal_year=fiscal_year_of(starts_at)
            )
        )
    else:
        event.common_themes.clear()
    return event


def _save_report(event: Event, held_on: datetime.date, participants: int, summary: str) -> None:
    ActivityReport.objects.update_or_create(
        event=event,
        held_on=held_on,
        defaults={"participants": participants, "summary": f"{summary}\n{samples.SAMPLE_NOTE}"},
    )


def _report_recent_occurrences(event: Event, today: datetime.date) -> list[datetime.date]:
    """Reports for the last three occurrences of a series that have already happened."""
    tz = timezone.get_current_timezone()
    window_end = datetime.datetime.combine(today, datetime.time.min, tzinfo=tz)
    window_start = window_end - datetime.timedelta(days=100)
    days = []
    for index, occurrence in enumerate(event.occurrences_between(window_start, window_end)[-3:]):
        days.append(occurrence.date)
        _save_report(
            event,
            occurrence.date,
            11 + 3 * index,
            "季節の話題から地域の困りごとまで、和やかに話し合いました。",
        )
    return days


def _drop_other_reports(event: Event, kept: list[datetime.date]) -> None:
    """Remove a sample event's reports on dates this load did not write.

    Sample events of the current year are placed relative to the day of loading, and the
    monthly café reports its last three meetings: loading on a later day moves those dates,
    so the reports of the earlier load go rather than pile up (their photos with them).
    """
    event.reports.exclude(held_on__in=kept).delete()
