"""About ten times the demo data, made with bulk_create so it loads in a second or two.

Used to pin query counts: a page that ran one query per group or per event would show it.
"""

import datetime
import random

from django.utils import timezone

from areas.models import (
    AreaGroup,
    AreaStatus,
    CommonTheme,
    Goal,
    Membership,
    Municipality,
    PublicationStatus,
    YearlyTheme,
)
from coops.models import Organization, OrganizationKind
from core.fiscal_year import current_fiscal_year, fiscal_year_end
from events.models import ActivityReport, Event, EventKind, EventStatus, Recurrence, Venue
from portal.demo.loader import load_demo

GROUPS = 60
EVENTS = 3000


def load_bulk(seed: int = 3) -> dict:
    rng = random.Random(seed)
    load_demo()
    tz = timezone.get_current_timezone()
    today = timezone.localdate()
    years = sorted({2023, current_fiscal_year()})

    free = list(Municipality.objects.filter(area_group__isnull=True).order_by("code"))
    statuses = [AreaStatus.ACTIVE, AreaStatus.ACTIVE, AreaStatus.PROMOTING, AreaStatus.PAUSED]
    existing = AreaGroup.objects.count()
    AreaGroup.objects.bulk_create(
        AreaGroup(
            municipality=m,
            name=f"{m.name}まちづくり",
            slug=f"bulk-{m.code}",
            status=statuses[i % len(statuses)],
            position=100 + i,
        )
        for i, m in enumerate(free[: GROUPS - existing])
    )
    groups = list(AreaGroup.objects.all())

    Organization.objects.bulk_create(
        Organization(
            name=f"一括生協{i}",
            slug=f"bulk-coop-{i}",
            kind=OrganizationKind.REGIONAL_COOP if i % 3 else OrganizationKind.NONPROFIT,
            is_member_coop=bool(i % 3),
        )
        for i in range(60)
    )
    organizations = list(Organization.objects.all())

    themes = YearlyTheme.objects.bulk_create(
        YearlyTheme(
            area_group=g,
            fiscal_year=year,
            headline=f"{g.name}の{year}年度のテーマ",
            text="地域のつながりを広げます。",
            publication=PublicationStatus.PUBLISHED if (g.pk + year) % 5 else "draft",
        )
        for g in groups
        if g.slug.startswith("bulk-")
        for year in years
    )
    goals = list(Goal.objects.all())
    commons = list(CommonTheme.objects.all())
    YearlyTheme.goals.through.objects.bulk_create(
        YearlyTheme.goals.through(yearlytheme_id=t.pk, goal_id=goal.pk)
        for t in themes
        for goal in rng.sample(goals, 2)
    )
    Membership.objects.bulk_create(
        (
            Membership(area_group=g, organization=o, fiscal_year=year, position=p)
            for g in groups
            if g.slug.startswith("bulk-")
            for year in years
            for p, o in enumerate(rng.sample(organizations, 6), start=1)
        ),
        ignore_conflicts=True,
    )

    municipalities = list(Municipality.objects.all()[:20])
    venues = Venue.objects.bulk_create(
        Venue(name=f"一括会場{i}", address=f"東京都{m.name}1-{i}", municipality=m)
        for i, m in enumerate(municipalities)
    )

    first = datetime.datetime(2023, 4, 1, 10, 0, tzinfo=tz)
    span_days = (today - first.date()).days + 365
    events = []
    for i in range(EVENTS):
        start = first + datetime.timedelta(days=rng.randrange(span_days), hours=rng.randrange(8))
        recurring = i % 50 == 0
        events.append(
            Event(
                title=f"一括の活動{i}",
                description="地域の方と話し合います。",
                kind=rng.choice(EventKind.values),
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=2),
                venue=rng.choice(venues) if i % 7 else None,
                online_url="https://example.org/meet" if i % 7 == 0 else "",
                status=EventStatus.CANCELLED if i % 40 == 1 else EventStatus.SCHEDULED,
                publication=PublicationStatus.PUBLISHED if i % 20 else PublicationStatus.DRAFT,
                recurrence=Recurrence.MONTHLY_WEEKDAY if recurring else Recurrence.NONE,
                recurrence_until=fiscal_year_end(current_fiscal_year()) if recurring else None,
            )
        )
    events = Event.objects.bulk_create(events)
    Event.area_groups.through.objects.bulk_create(
        Event.area_groups.through(event_id=e.pk, areagroup_id=g.pk)
        for e in events
        for g in rng.sample(groups, 1 + e.pk % 2)
    )
    Event.organizers.through.objects.bulk_create(
        Event.organizers.through(event_id=e.pk, organization_id=o.pk)
        for e in events
        for o in rng.sample(organizations, 2)
    )
    Event.goals.through.objects.bulk_create(
        Event.goals.through(event_id=e.pk, goal_id=rng.choice(goals).pk) for e in events
    )
    Event.common_themes.through.objects.bulk_create(
        Event.common_themes.through(event_id=e.pk, commontheme_id=rng.choice(commons).pk)
        for e in events[::3]
    )
    ActivityReport.objects.bulk_create(
        ActivityReport(
            event=e,
            held_on=timezone.localtime(e.starts_at).date(),
            participants=5 + e.pk % 30,
            summary="和やかに話し合いました。",
        )
        for e in events[::3]
        if not e.recurrence and e.starts_at.date() < today
    )
    return {"groups": groups, "organizations": organizations, "events": events}
