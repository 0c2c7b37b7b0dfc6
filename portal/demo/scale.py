"""Copies of the demo year at scale, for the query-count test and the scaling benchmark.

`multiply_demo(10)` leaves ten times the demo's area groups, themes, memberships, events and
reports of a fiscal year: each copy gets its own fictitious municipality (codes 90000–99999, never
a real JIS code) and group, and its events and reports mirror the originals. Everything is
written with bulk_create, so building 100× takes seconds.
"""

from django.conf import settings
from django.db import transaction

from areas.models import AreaGroup, AreaStatus, Membership, Municipality, YearlyTheme
from core.signals import data_changed
from events.models import ActivityReport, Event

FISCAL_YEAR = 2023


@transaction.atomic
def multiply_demo(factor: int, year: int = FISCAL_YEAR) -> None:
    """Grow the demo year to `factor` times its size (copies already made are kept)."""
    if not 1 <= factor <= 100:
        raise ValueError("factor must be between 1 and 100")
    made = AreaGroup.objects.filter(slug__regex=r"-x[0-9]+$").values("slug")
    groups = list(
        AreaGroup.objects.in_prefecture(settings.PORTAL_PREFECTURE)
        .filter(status__in=[AreaStatus.ACTIVE, AreaStatus.PROMOTING], slug__regex=r"^[a-z]+$")
        .order_by("position")
    )
    themes = list(YearlyTheme.objects.for_year(year).filter(area_group__in=groups))
    theme_goals = _links(YearlyTheme.goals.through, "yearlytheme_id", "goal_id", themes)
    theme_common = _links(
        YearlyTheme.common_themes.through, "yearlytheme_id", "commontheme_id", themes
    )
    memberships = list(Membership.objects.for_year(year).filter(area_group__in=groups))
    events = list(Event.objects.for_year(year).filter(area_groups__in=groups).distinct())
    event_areas = _links(Event.area_groups.through, "event_id", "areagroup_id", events)
    event_goals = _links(Event.goals.through, "event_id", "goal_id", events)
    event_common = _links(Event.common_themes.through, "event_id", "commontheme_id", events)
    event_orgs = _links(Event.organizers.through, "event_id", "organization_id", events)
    reports = list(ActivityReport.objects.filter(event__in=events))

    copies_made = made.count() // max(len(groups), 1)
    for copy in range(1 + copies_made, factor):
        municipalities = Municipality.objects.bulk_create(
            Municipality(
                code=f"{90000 + copy * 100 + i}",
                name=f"複製{copy}-{g.municipality_id}",
                kana="ふくせい",
                kind="市",
                # Copies count as groups of the portal's prefecture, as the originals do.
                prefecture=settings.PORTAL_PREFECTURE,
            )
            for i, g in enumerate(groups)
        )
        new_groups = AreaGroup.objects.bulk_create(
            AreaGroup(
                municipality=m,
                name=f"{g.name}（複製{copy}）",
                slug=f"{g.slug}-x{copy}",
                status=g.status,
                position=g.position + copy * 100,
            )
            for g, m in zip(groups, municipalities, strict=True)
        )
        group_map = {g.pk: n.pk for g, n in zip(groups, new_groups, strict=True)}
        new_themes = YearlyTheme.objects.bulk_create(
            YearlyTheme(
                area_group_id=group_map[t.area_group_id],
                fiscal_year=t.fiscal_year,
                headline=t.headline,
                text=t.text,
                publication=t.publication,
            )
            for t in themes
        )
        theme_map = {t.pk: n.pk for t, n in zip(themes, new_themes, strict=True)}
        _copy_links(YearlyTheme.goals.through, "yearlytheme_id", "goal_id", theme_goals, theme_map)
        _copy_links(
            YearlyTheme.common_themes.through,
            "yearlytheme_id",
            "commontheme_id",
            theme_common,
            theme_map,
        )
        Membership.objects.bulk_create(
            Membership(
                area_group_id=group_map[m.area_group_id],
                organization_id=m.organization_id,
                fiscal_year=m.fiscal_year,
                role=m.role,
                position=m.position,
            )
            for m in memberships
        )
        new_events = Event.objects.bulk_create(
            Event(
                title=f"{e.title}（複製{copy}）",
                description=e.description,
                kind=e.kind,
                starts_at=e.starts_at,
                ends_at=e.ends_at,
                venue_id=e.venue_id,
                status=e.status,
                publication=e.publication,
                recurrence=e.recurrence,
                recurrence_until=e.recurrence_until,
            )
            for e in events
        )
        event_map = {e.pk: n.pk for e, n in zip(events, new_events, strict=True)}
        Event.area_groups.through.objects.bulk_create(
            Event.area_groups.through(event_id=event_map[e], areagroup_id=group_map[g])
            for e, g in event_areas
            if g in group_map
        )
        _copy_links(Event.goals.through, "event_id", "goal_id", event_goals, event_map)
        _copy_links(
            Event.common_themes.through, "event_id", "commontheme_id", event_common, event_map
        )
        _copy_links(Event.organizers.through, "event_id", "organization_id", event_orgs, event_map)
        ActivityReport.objects.bulk_create(
            ActivityReport(
                event_id=event_map[r.event_id],
                held_on=r.held_on,
                participants=r.participants,
                summary=r.summary,
            )
            for r in reports
        )
    # bulk_create sends no post_save: tell the page cache (on commit) that data changed.
    data_changed.send(sender=Event)


def _links(through, owner_field, target_field, owners):
    return list(
        through.objects.filter(**{f"{owner_field}__in": [o.pk for o in owners]}).values_list(
            owner_field, target_field
        )
    )


def _copy_links(through, owner_field, target_field, links, owner_map):
    through.objects.bulk_create(
        through(**{owner_field: owner_map[owner], target_field: target}) for owner, target in links
    )
