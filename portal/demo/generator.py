"""Realistic generated data at N times the demo, for benchmarks and scale tests.

`generate(scale, seed)` adds (scale − 1) demo-sized batches on top of `load_demo`'s
rows: 12 area groups per batch (first in the real Tokyo municipalities that have no
group yet, then in invented municipalities with codes 90000–98999, outside Tokyo's 13xxx
and the test factories' 99xxx), their local organizations, memberships and yearly
themes for every fiscal year from 2023 to the current one, events over those years
(some monthly or weekly) with activity reports for what has already happened.

The same scale and seed give the same rows on the same day (dates of the current
fiscal year decide what "already happened"). Everything generated is marked — slugs
start with `gen-`, event descriptions and venue addresses end with GENERATED_NOTE — and
is replaced, not duplicated, when the command runs again.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from areas.models import (
    AreaGroup,
    AreaStatus,
    CommonTheme,
    Goal,
    Membership,
    MembershipRole,
    Municipality,
    MunicipalityKind,
    PublicationStatus,
    YearlyTheme,
)
from coops.models import Organization, OrganizationKind
from core.fiscal_year import current_fiscal_year, fiscal_year_end, fiscal_year_start
from events.models import ActivityReport, Event, EventKind, EventStatus, Recurrence, Venue

GENERATED_NOTE = "※このデータは性能測定用に自動生成したものです。"
SLUG_PREFIX = "gen-"
GROUPS_PER_BATCH = 12  # the demo's 8 active and 4 設置推進 groups
FIRST_YEAR = 2023
SYNTHETIC_CODE_FIRST = 90000
SYNTHETIC_CODE_LAST = 98999

_PLACE_HEADS = ["桜", "緑", "青葉", "若葉", "朝日", "富士見", "柏", "梅", "松", "栄", "泉", "光"]
_PLACE_TAILS = ["台", "ヶ丘", "野", "川", "原", "沢", "山", "島", "浜", "森"]
_HEADLINES = [
    "知る・学ぶ・そして楽しむこと",
    "つながりを広げ、ひとりぼっちをなくす",
    "地域の困りごとを一緒に考える",
    "顔の見える関係づくり",
    "防災を入り口に、支え合いのまちへ",
    "子どもから高齢者まで、居場所のあるまち",
]
_TEXTS = [
    "地域の団体と情報交換を重ね、困りごとを抱える人に早く気づけるつながりをつくります。",
    "カフェや学習会を定期的にひらき、誰もが気軽に立ち寄れる場をふやします。",
    "まち歩きで地域の強みと課題を確かめ、行政や社会福祉協議会と連携してすすめます。",
    "フードドライブなど生活困窮者支援の取り組みを各生協で共有し、協働をすすめます。",
]
_EVENT_TITLES = {
    EventKind.CAFE: "{place}コープカフェ",
    EventKind.STUDY: "{place}学習会「くらしと福祉」",
    EventKind.DISASTER_PREVENTION: "{place}防災ワークショップ",
    EventKind.TOWN_WALK: "{place}まち歩き",
    EventKind.TOWN_MEETING: "{place}タウンミーティング",
    EventKind.VISIT: "{place}フードバンク見学会",
    EventKind.EXCHANGE: "{place}生協交流会",
}
_LOCAL_ORGANIZATIONS = [
    (OrganizationKind.HEALTH_COOP, "{place}医療生協", True),
    (OrganizationKind.WORKERS_COOP, "ワーカーズコープ{place}", True),
    (OrganizationKind.NONPROFIT, "NPO法人{place}ささえあいの会", False),
    (OrganizationKind.COMMUNITY_SUPPORT_CENTER, "{place}地域包括支援センター", False),
]


@dataclass
class _Plan:
    """Unsaved rows and the links between them, saved in bulk at the end."""

    municipalities: list = field(default_factory=list)
    organizations: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    venues: dict = field(default_factory=dict)
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
def generate(scale: int, seed: int = 1, today: datetime.date | None = None) -> Counter:
    """Replace the generated rows by (scale − 1) demo-sized batches; return counts created."""
    if scale < 1:
        raise ValueError("scale must be 1 or more")
    today = today or timezone.localdate()
    delete_generated()
    rng = random.Random(seed)
    plan = _plan(rng, (scale - 1) * GROUPS_PER_BATCH, today)
    return _save(plan)


def _place(name: str) -> str:
    """八王子市 → 八王子, for names such as 八王子コープカフェ."""
    return name[:-1] if len(name) > 2 and name[-1] in "区市町村" else name


def _municipalities(rng: random.Random, count: int) -> list[Municipality]:
    """Real Tokyo municipalities without a group first, then invented ones."""
    free = list(
        Municipality.objects.filter(code__startswith="13", area_group__isnull=True).order_by("code")
    )
    chosen = free[:count]
    names = [h + t for h in _PLACE_HEADS for t in _PLACE_TAILS]
    rng.shuffle(names)
    for index in range(count - len(chosen)):
        code = SYNTHETIC_CODE_FIRST + index + 1
        if code > SYNTHETIC_CODE_LAST:
            raise ValueError("scale too large: no invented municipality codes left")
        base = names[index % len(names)]
        suffix = "" if index < len(names) else str(index // len(names) + 1)
        kind = rng.choice([MunicipalityKind.CITY, MunicipalityKind.CITY, MunicipalityKind.TOWN])
        chosen.append(
            Municipality(
                code=f"{code:05d}",
                name=f"{base}{suffix}{kind.value}",
                kana="カクウ",
                name_en=f"Sample {kind.label} {code}",
                kind=kind,
                prefecture="架空",
            )
        )
    return chosen


def _plan(rng: random.Random, group_count: int, today: datetime.date) -> _Plan:
    plan = _Plan()
    if group_count == 0:
        return plan
    years = list(range(FIRST_YEAR, current_fiscal_year() + 1))
    goals = list(Goal.objects.filter(charter__fiscal_year__lte=years[-1]).order_by("number"))
    common = {t.fiscal_year: t for t in CommonTheme.objects.filter(fiscal_year__in=years)}
    shared_coops = list(Organization.objects.member_coops().exclude(slug__startswith=SLUG_PREFIX))
    # A local organization the demo already has (目黒区社会福祉協議会…) is reused, not duplicated.
    existing = {o.name: o for o in Organization.objects.all()}
    tz = timezone.get_current_timezone()

    municipalities = _municipalities(rng, group_count)
    plan.municipalities = [m for m in municipalities if m.pk is None]
    for index, municipality in enumerate(municipalities):
        place = _place(municipality.name)
        status = rng.choices(
            [AreaStatus.ACTIVE, AreaStatus.PROMOTING, AreaStatus.PAUSED], weights=[15, 4, 1]
        )[0]
        group = AreaGroup(
            municipality=municipality,
            name=f"{place}まちづくり",
            slug=f"{SLUG_PREFIX}{municipality.code}",
            status=status,
            position=100 + index,
        )
        plan.groups.append(group)

        # The local social welfare council, and most groups one more local organization.
        specs = [
            (OrganizationKind.SOCIAL_WELFARE_COUNCIL, f"{municipality.name}社会福祉協議会", False)
        ]
        if rng.random() < 0.75:
            kind, pattern, is_coop = rng.choice(_LOCAL_ORGANIZATIONS)
            specs.append((kind, pattern.format(place=place), is_coop))
        local = []
        for kind, name, is_coop in specs:
            if name not in existing:
                existing[name] = Organization(
                    name=name,
                    slug=f"{SLUG_PREFIX}{municipality.code}-{kind.value.replace('_', '-')}",
                    kind=kind,
                    is_member_coop=is_coop,
                )
                plan.organizations.append(existing[name])
            local.append(existing[name])
        venue = Venue(
            name=f"{place}地域センター",
            address=f"{municipality.prefecture}{municipality.name} {GENERATED_NOTE}",
            municipality=municipality,
        )
        plan.venues[group.slug] = venue

        for year in years:
            others = [c for c in shared_coops if c not in local]
            members = local + rng.sample(others, k=min(len(others), rng.randint(2, 4)))
            for position, organization in enumerate(members, start=1):
                plan.memberships.append(
                    Membership(
                        area_group=group,
                        organization=organization,
                        fiscal_year=year,
                        role=MembershipRole.MEMBER
                        if organization.is_member_coop
                        else MembershipRole.PARTNER,
                        position=position,
                    )
                )
            _plan_theme(rng, plan, group, year, years[-1], goals, common)
            if status == AreaStatus.ACTIVE:
                for _ in range(rng.randint(1, 3)):
                    _plan_event(rng, plan, group, members, venue, year, goals, common, today, tz)
    return plan


def _plan_theme(rng, plan, group, year, current_year, goals, common) -> None:
    active = group.status == AreaStatus.ACTIVE
    published = year < current_year or rng.random() < 0.85
    theme = YearlyTheme(
        area_group=group,
        fiscal_year=year,
        headline=rng.choice(_HEADLINES) if active else "",
        text=" ".join(rng.sample(_TEXTS, k=2)) if active else "設置に向けて準備をすすめています。",
        publication=PublicationStatus.PUBLISHED if published else PublicationStatus.DRAFT,
    )
    plan.themes.append(theme)
    if active:
        plan.theme_goals.extend((theme, g) for g in rng.sample(goals, k=rng.randint(1, len(goals))))
        if year in common:
            plan.theme_common.append((theme, common[year]))


def _plan_event(rng, plan, group, members, venue, year, goals, common, today, tz) -> None:
    kind = rng.choice(list(_EVENT_TITLES))
    day = fiscal_year_start(year) + datetime.timedelta(days=rng.randrange(365))
    hour, minute = rng.choice([(10, 0), (13, 30), (18, 30)])
    starts_at = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)
    recurrence = Recurrence.NONE
    if kind == EventKind.CAFE and rng.random() < 0.5:
        recurrence = rng.choice([Recurrence.MONTHLY_WEEKDAY, Recurrence.WEEKLY])
    online = rng.random() < 0.15
    status = rng.choices(
        [EventStatus.SCHEDULED, EventStatus.CANCELLED, EventStatus.POSTPONED], weights=[92, 5, 3]
    )[0]
    event = Event(
        title=_EVENT_TITLES[kind].format(place=_place(group.municipality.name)),
        description=f"{rng.choice(_TEXTS)}\n{GENERATED_NOTE}",
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
    plan.events.append(event)
    plan.event_groups.append((event, group))
    if len(plan.groups) > 1 and rng.random() < 0.1:
        neighbour = plan.groups[rng.randrange(len(plan.groups) - 1)]
        plan.event_groups.append((event, neighbour))
    for organization in rng.sample(members, k=rng.randint(1, min(3, len(members)))):
        plan.event_organizers.append((event, organization))
    plan.event_goals.extend((event, g) for g in rng.sample(goals, k=rng.randint(1, 2)))
    if year in common and rng.random() < 0.3:
        plan.event_common.append((event, common[year]))

    if status == EventStatus.CANCELLED:
        return
    now = datetime.datetime.combine(today, datetime.time.min, tzinfo=tz)
    held = [o.date for o in event.occurrences_between(starts_at, now)]
    for held_on in held[-3:] if recurrence else held:
        if rng.random() < 0.8:
            plan.reports.append(
                ActivityReport(
                    event=event,
                    held_on=held_on,
                    participants=rng.randint(5, 60),
                    summary=f"{rng.choice(_TEXTS)}\n{GENERATED_NOTE}",
                )
            )


def _save(plan: _Plan) -> Counter:
    def bulk(model, rows):
        model.objects.bulk_create(rows, batch_size=500)
        return len(rows)

    def links(through, pairs, left, right):
        rows = [through(**{f"{left}_id": a.pk, f"{right}_id": b.pk}) for a, b in pairs]
        return bulk(through, rows)

    # Rows built before the rows they point to were saved: bulk_create takes the
    # related objects' new primary keys (Model._prepare_related_fields_for_save).
    counts = Counter()
    counts["municipalities"] = bulk(Municipality, plan.municipalities)
    counts["organizations"] = bulk(Organization, plan.organizations)
    counts["area_groups"] = bulk(AreaGroup, plan.groups)
    venues = list(plan.venues.values())
    counts["venues"] = bulk(Venue, venues)
    counts["memberships"] = bulk(Membership, plan.memberships)
    counts["themes"] = bulk(YearlyTheme, plan.themes)
    links(YearlyTheme.goals.through, plan.theme_goals, "yearlytheme", "goal")
    links(YearlyTheme.common_themes.through, plan.theme_common, "yearlytheme", "commontheme")
    counts["events"] = bulk(Event, plan.events)
    links(Event.area_groups.through, plan.event_groups, "event", "areagroup")
    links(Event.organizers.through, plan.event_organizers, "event", "organization")
    links(Event.goals.through, plan.event_goals, "event", "goal")
    links(Event.common_themes.through, plan.event_common, "event", "commontheme")
    counts["reports"] = bulk(ActivityReport, plan.reports)
    return counts
