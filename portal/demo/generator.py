"""The one builder of scaled data: realistic rows at N times the demo.

`generate(scale, seed)` adds (scale − 1) demo-sized batches on top of `load_demo`'s
rows: 12 area groups per batch (first in the real Tokyo municipalities that have no
group yet, then in invented municipalities with codes 90000–98999, outside Tokyo's 13xxx
and the test factories' 99xxx), their local organizations, memberships and yearly
themes for every fiscal year from 2023 to the current one, events over those years
(some monthly or weekly) with activity reports for what has already happened.

It serves `manage.py generate_data`, the benchmarks (bench/) and the tests that pin query
counts with many rows. Rows are built by the apps' factories (`<app>/factories.py`), so a
new required field is given its value in one place, and saved with bulk_create, so 100×
takes seconds.

The same scale and seed give the same rows on the same day (dates of the current
fiscal year decide what "already happened"). Everything generated is marked — slugs
start with `gen-`, event descriptions and venue addresses end with GENERATED_NOTE — and
is replaced, not duplicated, when it runs again.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from areas.factories import (
    AreaGroupFactory,
    MembershipFactory,
    MunicipalityFactory,
    YearlyThemeFactory,
)
from areas.models import (
    AreaGroup,
    AreaStatus,
    CommonTheme,
    Goal,
    Membership,
    MembershipRole,
    Municipality,
    MunicipalityKind,
    Network,
    PublicationStatus,
    YearlyTheme,
)
from coops.factories import OrganizationFactory
from coops.models import Organization, OrganizationKind
from core.fiscal_year import fiscal_year_end, fiscal_year_of, fiscal_year_start
from core.signals import data_changed
from events.factories import ActivityReportFactory, EventFactory, VenueFactory
from events.models import ActivityReport, Event, EventKind, EventStatus, Recurrence, Venue
from portal.demo.generator_words import (
    EVENT_TITLES,
    HEADLINES,
    LOCAL_ORGANIZATIONS,
    PLACE_HEADS,
    PLACE_TAILS,
    TEXTS,
)
from portal.demo.networks import TOKYO, load_network

GENERATED_NOTE = "※このデータは性能測定用に自動生成したものです。"
SLUG_PREFIX = "gen-"
GROUPS_PER_BATCH = 12  # the demo's 8 active and 4 設置推進 groups
FIRST_YEAR = 2023
SYNTHETIC_CODE_FIRST = 90000
SYNTHETIC_CODE_LAST = 98999


@dataclass
class Generated:
    """Unsaved rows and the links between them, saved in bulk at the end; then what was made."""

    municipalities: list = field(default_factory=list)
    organizations: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    venues: list = field(default_factory=list)
    memberships: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    theme_goals: list = field(default_factory=list)  # (theme, goal)
    theme_common: list = field(default_factory=list)  # (theme, common theme)
    events: list = field(default_factory=list)
    event_groups: list = field(default_factory=list)  # (event, group)
    event_organizers: list = field(default_factory=list)  # (event, organization)
    event_goals: list = field(default_factory=list)  # (event, goal)
    event_common: list = field(default_factory=list)  # (event, common theme)
    reports: list = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


@dataclass
class _Context:
    """What every generated group draws on: the years, goals and coops that already exist."""

    rng: random.Random
    today: datetime.date
    years: list
    goals: list
    common: dict
    shared_coops: list
    organizations_by_name: dict
    tz: datetime.tzinfo
    network: Network


def delete_generated() -> None:
    """Remove every generated row (and only those)."""
    Event.objects.filter(description__endswith=GENERATED_NOTE).delete()
    AreaGroup.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    Venue.objects.filter(address__endswith=GENERATED_NOTE).delete()
    Organization.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    Municipality.objects.filter(
        code__gte=str(SYNTHETIC_CODE_FIRST), code__lte=str(SYNTHETIC_CODE_LAST)
    ).delete()


@transaction.atomic
def generate(scale: int, seed: int = 1, today: datetime.date | None = None) -> Generated:
    """Replace the generated rows by (scale − 1) demo-sized batches; return what was made."""
    if scale < 1:
        raise ValueError("scale must be 1 or more")
    delete_generated()
    context = _context(random.Random(seed), today or timezone.localdate())
    generated = Generated()
    group_count = (scale - 1) * GROUPS_PER_BATCH
    for index, municipality in enumerate(_municipalities(context.rng, group_count)):
        if municipality.pk is None:
            generated.municipalities.append(municipality)
        _add_group(context, generated, municipality, position=100 + index)
    _save(generated)
    # bulk_create sends no post_save: tell the page cache (on commit) that data changed.
    data_changed.send(sender=Event)
    return generated


def _context(rng: random.Random, today: datetime.date) -> _Context:
    years = list(range(FIRST_YEAR, fiscal_year_of(today) + 1))
    return _Context(
        rng=rng,
        today=today,
        years=years,
        goals=list(Goal.objects.filter(charter__fiscal_year__lte=years[-1]).order_by("number")),
        common={t.fiscal_year: t for t in CommonTheme.objects.filter(fiscal_year__in=years)},
        shared_coops=list(
            Organization.objects.member_coops().exclude(slug__startswith=SLUG_PREFIX)
        ),
        # A local organization the demo already has (目黒区社会福祉協議会…) is reused.
        organizations_by_name={o.name: o for o in Organization.objects.all()},
        tz=timezone.get_current_timezone(),
        # Generated groups stand for more groups of the portal's own network.
        network=load_network(TOKYO),
    )


def _place(name: str) -> str:
    """八王子市 → 八王子, for names such as 八王子コープカフェ."""
    return name[:-1] if len(name) > 2 and name[-1] in "区市町村" else name


def _municipalities(rng: random.Random, count: int) -> list[Municipality]:
    """Real municipalities of the portal's prefecture without a group first, then invented
    ones (counted in the same prefecture, so the yearly booklet grows with the scale)."""
    free = list(
        Municipality.objects.filter(
            prefecture=settings.PORTAL_PREFECTURE, area_group__isnull=True
        ).order_by("code")
    )
    chosen = free[:count]
    names = [h + t for h in PLACE_HEADS for t in PLACE_TAILS]
    rng.shuffle(names)
    for index in range(count - len(chosen)):
        code = SYNTHETIC_CODE_FIRST + index + 1
        if code > SYNTHETIC_CODE_LAST:
            raise ValueError("scale too large: no invented municipality codes left")
        suffix = "" if index < len(names) else str(index // len(names) + 1)
        kind = rng.choice([MunicipalityKind.CITY, MunicipalityKind.CITY, MunicipalityKind.TOWN])
        chosen.append(
            MunicipalityFactory.build(
                code=f"{code:05d}",
                name=f"{names[index % len(names)]}{suffix}{kind.value}",
                kana="カクウ",
                name_en=f"Sample {kind.label} {code}",
                kind=kind,
                prefecture=settings.PORTAL_PREFECTURE,
            )
        )
    return chosen


def _add_group(context: _Context, generated: Generated, municipality, position: int) -> None:
    rng = context.rng
    status = rng.choices(
        [AreaStatus.ACTIVE, AreaStatus.PROMOTING, AreaStatus.PAUSED], weights=[15, 4, 1]
    )[0]
    place = _place(municipality.name)
    group = AreaGroupFactory.build(
        network=context.network,
        municipality=municipality,
        name=f"{place}まちづくり",
        slug=f"{SLUG_PREFIX}{municipality.code}",
        status=status,
        position=position,
    )
    generated.groups.append(group)
    local = _local_organizations(context, generated, municipality)
    venue = VenueFactory.build(
        name=f"{place}地域センター",
        address=f"{municipality.prefecture}{municipality.name} {GENERATED_NOTE}",
        municipality=municipality,
    )
    generated.venues.append(venue)
    for year in context.years:
        members = _add_memberships(context, generated, group, local, year)
        _add_theme(context, generated, group, year)
        if status == AreaStatus.ACTIVE:
            for _ in range(rng.randint(1, 3)):
                _add_event(context, generated, group, members, venue, year)


def _local_organizations(context: _Context, generated: Generated, municipality) -> list:
    """The local social welfare council, and for most groups one more local organization."""
    specs = [(OrganizationKind.SOCIAL_WELFARE_COUNCIL, f"{municipality.name}社会福祉協議会", False)]
    if context.rng.random() < 0.75:
        kind, pattern, is_coop = context.rng.choice(LOCAL_ORGANIZATIONS)
        specs.append((kind, pattern.format(place=_place(municipality.name)), is_coop))
    local = []
    for kind, name, is_coop in specs:
        if name not in context.organizations_by_name:
            organization = OrganizationFactory.build(
                name=name,
                slug=f"{SLUG_PREFIX}{municipality.code}-{kind.value.replace('_', '-')}",
                kind=kind,
                is_member_coop=is_coop,
            )
            context.organizations_by_name[name] = organization
            generated.organizations.append(organization)
        local.append(context.organizations_by_name[name])
    return local


def _add_memberships(context, generated, group, local, year) -> list:
    others = [c for c in context.shared_coops if c not in local]
    members = local + context.rng.sample(others, k=min(len(others), context.rng.randint(2, 4)))
    generated.memberships.extend(
        MembershipFactory.build(
            area_group=group,
            organization=organization,
            fiscal_year=year,
            role=MembershipRole.MEMBER if organization.is_member_coop else MembershipRole.PARTNER,
            position=position,
        )
        for position, organization in enumerate(members, start=1)
    )
    return members


def _add_theme(context: _Context, generated: Generated, group, year: int) -> None:
    rng = context.rng
    active = group.status == AreaStatus.ACTIVE
    published = year < context.years[-1] or rng.random() < 0.85
    theme = YearlyThemeFactory.build(
        area_group=group,
        fiscal_year=year,
        headline=rng.choice(HEADLINES) if active else "",
        text=" ".join(rng.sample(TEXTS, k=2)) if active else "設置に向けて準備をすすめています。",
        publication=PublicationStatus.PUBLISHED if published else PublicationStatus.DRAFT,
    )
    generated.themes.append(theme)
    if active:
        goals = rng.sample(context.goals, k=rng.randint(1, len(context.goals)))
        generated.theme_goals.extend((theme, goal) for goal in goals)
        if year in context.common:
            generated.theme_common.append((theme, context.common[year]))


def _add_event(context, generated, group, members, venue, year) -> None:
    rng = context.rng
    kind = rng.choice(list(EVENT_TITLES))
    day = fiscal_year_start(year) + datetime.timedelta(days=rng.randrange(365))
    hour, minute = rng.choice([(10, 0), (13, 30), (18, 30)])
    starts_at = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=context.tz)
    recurrence = Recurrence.NONE
    if kind == EventKind.CAFE and rng.random() < 0.5:
        recurrence = rng.choice([Recurrence.MONTHLY_WEEKDAY, Recurrence.WEEKLY])
    online = rng.random() < 0.15
    status = rng.choices(
        [EventStatus.SCHEDULED, EventStatus.CANCELLED, EventStatus.POSTPONED], weights=[92, 5, 3]
    )[0]
    event = EventFactory.build(
        title=EVENT_TITLES[kind].format(place=_place(group.municipality.name)),
        description=f"{rng.choice(TEXTS)}\n{GENERATED_NOTE}",
        kind=kind,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=rng.choice([90, 120, 150])),
        venue=None if online else venue,
        online_url="https://example.org/online-meeting" if online else "",
        status=status,
        publication=PublicationStatus.PUBLISHED if rng.random() < 0.92 else PublicationStatus.DRAFT,
        recurrence=recurrence,
        recurrence_until=fiscal_year_end(year) if recurrence else None,
    )
    generated.events.append(event)
    _link_event(context, generated, event, group, members, year)
    if status != EventStatus.CANCELLED:
        _add_reports(context, generated, event)


def _link_event(context, generated, event, group, members, year) -> None:
    rng = context.rng
    generated.event_groups.append((event, group))
    if len(generated.groups) > 1 and rng.random() < 0.1:
        neighbour = generated.groups[rng.randrange(len(generated.groups) - 1)]
        generated.event_groups.append((event, neighbour))
    for organization in rng.sample(members, k=rng.randint(1, min(3, len(members)))):
        generated.event_organizers.append((event, organization))
    generated.event_goals.extend((event, g) for g in rng.sample(context.goals, k=rng.randint(1, 2)))
    if year in context.common and rng.random() < 0.3:
        generated.event_common.append((event, context.common[year]))


def _add_reports(context: _Context, generated: Generated, event) -> None:
    """Reports of most occurrences already held (the last three of a recurring event)."""
    now = datetime.datetime.combine(context.today, datetime.time.min, tzinfo=context.tz)
    held = [o.date for o in event.occurrences_between(event.starts_at, now)]
    for held_on in held[-3:] if event.recurrence else held:
        if context.rng.random() < 0.8:
            generated.reports.append(
                ActivityReportFactory.build(
                    event=event,
                    held_on=held_on,
                    participants=context.rng.randint(5, 60),
                    summary=f"{context.rng.choice(TEXTS)}\n{GENERATED_NOTE}",
                )
            )


def _save(generated: Generated) -> None:
    # Rows built before the rows they point to were saved: bulk_create takes the
    # related objects' new primary keys (Model._prepare_related_fields_for_save).
    counts = generated.counts
    counts["municipalities"] = _bulk(Municipality, generated.municipalities)
    counts["organizations"] = _bulk(Organization, generated.organizations)
    counts["area_groups"] = _bulk(AreaGroup, generated.groups)
    counts["venues"] = _bulk(Venue, generated.venues)
    counts["memberships"] = _bulk(Membership, generated.memberships)
    counts["themes"] = _bulk(YearlyTheme, generated.themes)
    counts["events"] = _bulk(Event, generated.events)
    for through, pairs, left, right in _links(generated):
        _bulk(through, [through(**{f"{left}_id": a.pk, f"{right}_id": b.pk}) for a, b in pairs])
    counts["reports"] = _bulk(ActivityReport, generated.reports)


def _links(generated: Generated) -> list:
    return [
        (YearlyTheme.goals.through, generated.theme_goals, "yearlytheme", "goal"),
        (YearlyTheme.common_themes.through, generated.theme_common, "yearlytheme", "commontheme"),
        (Event.area_groups.through, generated.event_groups, "event", "areagroup"),
        (Event.organizers.through, generated.event_organizers, "event", "organization"),
        (Event.goals.through, generated.event_goals, "event", "goal"),
        (Event.common_themes.through, generated.event_common, "event", "commontheme"),
    ]


def _bulk(model, rows) -> int:
    model.objects.bulk_create(rows, batch_size=500)
    return len(rows)
