"""Which groups of a network a fiscal year has, as 活動中 or 設置推進, with their themes and
members of that year.

The rule, from the data (a group's status is only known as it is now):
- a paused group (休止) is left out of every year;
- this fiscal year and later: the groups as they are now, active and 設置推進; an active group
  without the year's theme is still there (テーマ未登録);
- an earlier year: the groups with a theme, members or sessions of that year. A group
  設置推進 now was one then; a group whose members start only after that year was 設置推進
  then (it became active later); any other was active.
Members carry over (areas.services.memberships_in_force). Four queries, with the year's
sessions (booklet.sessions), counted for the year's groups only.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Min

from areas.models import AreaGroup, AreaStatus, YearlyTheme
from areas.services import memberships_in_force
from booklet.sessions import Sessions, sessions_held
from core.fiscal_year import current_fiscal_year


@dataclass
class YearGroups:
    year: int
    active: list
    promoting: list
    themes: dict  # group pk -> the year's theme (drafts too)
    members: dict  # group pk -> [{"name", "slug", "role", "is_member_coop", "organization"}]
    sessions: Sessions

    @property
    def groups(self) -> list:
        return self.active + self.promoting

    @property
    def ids(self) -> list[int]:
        return [g.pk for g in self.groups]

    def published_theme(self, group):
        theme = self.themes.get(group.pk)
        return theme if theme is not None and theme.is_published else None


def network_slug(network=None) -> str:
    """The network's slug; None is the portal's default network (no query either way)."""
    return network.slug if network is not None else settings.PORTAL_DEFAULT_NETWORK


def year_groups(year: int, network=None) -> YearGroups:
    slug = network_slug(network)
    groups = list(
        AreaGroup.objects.filter(network__slug=slug)
        .select_related("municipality")
        .annotate(first_member_year=Min("memberships__fiscal_year"))
        .order_by("position", "municipality__code")
    )
    themes = {
        t.area_group_id: t
        for t in YearlyTheme.objects.for_year(year)
        .filter(area_group__network__slug=slug)
        .only("area_group_id", "fiscal_year", "headline", "text", "publication")
    }
    members = _members(year, slug)
    sessions = sessions_held(year, [g.pk for g in groups])
    roles = {g.pk: _role(g, year, themes, members, sessions) for g in groups}
    active = [g for g in groups if roles[g.pk] == AreaStatus.ACTIVE]
    promoting = [g for g in groups if roles[g.pk] == AreaStatus.PROMOTING]
    return YearGroups(
        year=year,
        active=active,
        promoting=promoting,
        themes=themes,
        members=members,
        sessions=sessions.for_areas(g.pk for g in active + promoting),
    )


def _role(group, year: int, themes, members, sessions) -> str | None:
    """ACTIVE, PROMOTING or None (not in the year)."""
    if group.status == AreaStatus.PAUSED:
        return None
    if year >= current_fiscal_year():
        return group.status
    own_members = group.pk in members and members[group.pk][0]["fiscal_year"] == year
    if not (group.pk in themes or own_members or sessions.of(group.pk)):
        return None
    if group.status == AreaStatus.PROMOTING:
        return AreaStatus.PROMOTING
    if group.first_member_year is not None and group.first_member_year > year:
        return AreaStatus.PROMOTING
    return AreaStatus.ACTIVE


def _members(year: int, slug: str) -> dict[int, list[dict]]:
    """Each group's members in force in the year, in the booklet's order (one query)."""
    members = defaultdict(list)
    rows = (
        memberships_in_force(year)
        .filter(area_group__network__slug=slug)
        .order_by("area_group_id", "position", "pk")
        .values_list(
            "area_group_id",
            "organization_id",
            "organization__name",
            "organization__slug",
            "organization__is_member_coop",
            "role",
            "fiscal_year",
        )
    )
    for area_id, org_id, name, org_slug, is_member_coop, role, fiscal_year in rows:
        members[area_id].append(
            {
                "organization": org_id,
                "name": name,
                "slug": org_slug,
                "is_member_coop": is_member_coop,
                "role": role,
                "fiscal_year": fiscal_year,
            }
        )
    return dict(members)
