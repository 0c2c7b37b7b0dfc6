"""Work across several area models: an area group's public story across themes,
memberships and years (the tile map is areas/tile_map.py).

Members carry over: a group's members in a year are those of the latest year up to it that
has any (`memberships_in_force`), so a year whose members nobody re-entered keeps the last
ones until they are changed.
"""

from django.db.models import OuterRef, Prefetch, Subquery

from areas.models import (
    AreaGroup,
    AreaStatus,
    Membership,
    YearlyTheme,
)
from areas.tile_map import tile_map  # noqa: F401 (the area list's map lives in its own module)
from core.fiscal_year import current_fiscal_year


def published_themes_prefetch(to_attr: str = "published_themes") -> Prefetch:
    """A group's published themes, newest first, with their goals and common themes."""
    return Prefetch(
        "themes",
        queryset=YearlyTheme.objects.published()
        .prefetch_related("goals", "common_themes")
        .order_by("-fiscal_year"),
        to_attr=to_attr,
    )


def public_groups():
    """Every area group with what the public pages show of it (a fixed number of queries)."""
    return AreaGroup.objects.select_related("municipality", "network").prefetch_related(
        Prefetch(
            "themes",
            queryset=YearlyTheme.objects.published().order_by("-fiscal_year"),
            to_attr="published_themes",
        )
    )


def theme_to_show(themes: list[YearlyTheme], year: int | None = None) -> YearlyTheme | None:
    """The theme a page shows: that year's, else this fiscal year's, else the latest one.

    `themes` are published and newest first; drafts never reach here.
    """
    if year is not None:
        return next((t for t in themes if t.fiscal_year == year), None)
    current = current_fiscal_year()
    for theme in themes:
        if theme.fiscal_year <= current:
            return theme
    return themes[-1] if themes else None


def memberships_in_force(fiscal_year: int):
    """Every group's memberships of the latest year up to `fiscal_year` that has any.

    One query (a correlated subquery picks each group's year); `Membership.fiscal_year` of
    a row tells the year it comes from.
    """
    latest = (
        Membership.objects.filter(area_group=OuterRef("area_group"), fiscal_year__lte=fiscal_year)
        .order_by("-fiscal_year")
        .values("fiscal_year")[:1]
    )
    return Membership.objects.filter(fiscal_year=Subquery(latest))


def members_of(group: AreaGroup, fiscal_year: int) -> list[Membership]:
    """Member co-ops and partners of a group in a year (or carried over from the latest
    earlier year that has any), in the booklet's order."""
    return list(
        memberships_in_force(fiscal_year)
        .filter(area_group=group)
        .select_related("organization")
        .order_by("position", "pk")
    )


STATUS_ORDER = (AreaStatus.ACTIVE, AreaStatus.PROMOTING, AreaStatus.PAUSED)
