"""Writing pieces both demo data sets share: organizations and a group's members."""

from areas.models import AreaGroup, Membership, MembershipRole
from coops.models import Organization


def save_organizations(rows) -> dict[str, Organization]:
    """Create or update organizations by slug; rows are dicts of Organization fields."""
    organizations = {}
    for row in rows:
        fields = dict(row)
        slug = fields.pop("slug")
        organizations[fields["name"]], _ = Organization.objects.update_or_create(
            slug=slug, defaults=fields
        )
    return organizations


def set_members(group: AreaGroup, year: int, members: list[Organization]) -> None:
    """A group's members for a year, in this order; anyone else that year is removed."""
    Membership.objects.filter(area_group=group, fiscal_year=year).exclude(
        organization__in=members
    ).delete()
    for position, organization in enumerate(members, start=1):
        role = MembershipRole.MEMBER if organization.is_member_coop else MembershipRole.PARTNER
        Membership.objects.update_or_create(
            area_group=group,
            organization=organization,
            fiscal_year=year,
            defaults={"role": role, "position": position},
        )
