"""参加団体 on the 取り組みテーマ form: the members of the theme's area group and year.

- Members belong to a year, not to a theme: they are the Membership rows of (area group,
  fiscal year). The form shows the members in force for that year (the year's own rows, else
  those of the latest earlier year that has any — as areas.services.memberships_in_force and
  so the public pages show them), so a new theme starts with last year's members checked.
- Offered organizations (`offered_organizations`): for the 事務局, all of them. For a
  coordinator, the 会員生協 that take part in their network(s), the partners (連携団体) that
  have ever been members of their own area(s), and organizations in no group yet (one just
  registered). Another ward's 社会福祉協議会 is not offered: it is not theirs to add, and a
  list of every partner of the network would be too long to read. An organization the
  edited year already has is always kept, so saving never drops a member the 事務局 chose.
- Saving makes the year's rows match the choice (`save_members`), in the admin's transaction,
  row by row so the history records each: a kept row keeps its role and position; a new one
  takes the role and position it had in the latest earlier year, else 連携団体 for an
  organization that is not a co-op (会員生協 otherwise), placed after the others.
- Moving a theme to another area or year leaves the old year's rows alone (they are that
  year's record). When the new (area, year) already has members that differ from the choice,
  the form refuses once and shows that year's members instead (`moved_members_conflict`).
"""

from django.db.models import Q

from areas.models import AreaGroup, Membership, MembershipRole
from areas.permissions import editable_area_groups, is_secretariat
from coops.models import Organization


def offered_organizations(user, keep=()):
    """The organizations `user` may choose from; `keep`: ids always offered (current rows)."""
    organizations = Organization.objects.all()
    if is_secretariat(user):
        return organizations
    areas = editable_area_groups(user)
    in_network = Membership.objects.filter(area_group__network__in=areas.values("network"))
    in_areas = Membership.objects.filter(area_group__in=areas)
    return organizations.filter(
        Q(is_member_coop=True, pk__in=in_network.values("organization"))
        | Q(pk__in=in_areas.values("organization"))
        | ~Q(pk__in=Membership.objects.values("organization"))
        | Q(pk__in=list(keep))
    )


def shown_members(group_id: int, year: int) -> tuple[list[int], dict[int, str]]:
    """What the form shows for (group, year), in one query: the organizations checked (the
    members in force that year) and each organization's latest role up to that year (to mark
    連携団体 in the list)."""
    rows = Membership.objects.filter(area_group=group_id, fiscal_year__lte=year)
    rows = rows.order_by("-fiscal_year", "position", "pk")
    checked, roles, in_force = [], {}, None
    for fiscal_year, organization_id, role in rows.values_list(
        "fiscal_year", "organization", "role"
    ):
        in_force = fiscal_year if in_force is None else in_force
        if fiscal_year == in_force:
            checked.append(organization_id)
        roles.setdefault(organization_id, role)
    return checked, roles


def own_members(group: AreaGroup, year: int) -> list[Membership]:
    return list(Membership.objects.filter(area_group=group, fiscal_year=year))


def default_role(organization: Organization) -> str:
    return MembershipRole.MEMBER if organization.is_member_coop else MembershipRole.PARTNER


def moved_members_conflict(group: AreaGroup, year: int, chosen) -> list[Membership] | None:
    """For a theme moved to (group, year): that year's own rows when they differ from the
    chosen organizations (then the form asks again), else None."""
    rows = own_members(group, year)
    if rows and {row.organization_id for row in rows} != {o.pk for o in chosen}:
        return rows
    return None


def save_members(group: AreaGroup, year: int, chosen) -> None:
    """Make the (group, year) rows match the chosen organizations (see the module's rules)."""
    chosen = {organization.pk: organization for organization in chosen}
    rows = {row.organization_id: row for row in own_members(group, year)}
    for organization_id, row in rows.items():
        if organization_id not in chosen:
            row.delete()
    missing = [o for pk, o in chosen.items() if pk not in rows]
    earlier = _latest_earlier_rows(group, year, [o.pk for o in missing])
    positions = [row.position for pk, row in rows.items() if pk in chosen]
    positions += [row.position for row in earlier.values()]
    after = max(positions, default=0)
    for organization in sorted(missing, key=lambda o: _earlier_order(earlier, o)):
        before = earlier.get(organization.pk)
        if before is None:
            after += 1
        Membership.objects.create(
            area_group=group,
            organization=organization,
            fiscal_year=year,
            role=before.role if before else default_role(organization),
            position=before.position if before else after,
        )


def _earlier_order(earlier: dict, organization: Organization) -> tuple:
    before = earlier.get(organization.pk)
    return (before is None, before.position if before else 0, organization.pk)


def _latest_earlier_rows(group: AreaGroup, year: int, organization_ids) -> dict:
    """Each organization's row in the group's latest earlier year where it was a member."""
    rows = Membership.objects.filter(
        area_group=group, fiscal_year__lt=year, organization__in=organization_ids
    ).order_by("organization", "-fiscal_year")
    latest = {}
    for row in rows:
        latest.setdefault(row.organization_id, row)
    return latest
