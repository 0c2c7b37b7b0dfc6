"""How the demo writes a row: it adds what is missing and never touches what is there.

The rule (issue 13): running `load_demo` again must not undo what a person did. A demo row
is found by its natural identity; when it is there it is left exactly as it is — no save(),
so no edit is reverted and django-simple-history, which records every save(), writes no
history. What belongs to a row (its many-to-many links, a group's members, an event's
reports) is written only when this run adds the row itself: on a row that was already there,
a person may have changed them. A row a person deleted is missing, and comes back.
"""

from django.db.models import Model, Q

from areas.models import AreaGroup, Membership, MembershipRole
from coops.models import Organization
from events.models import Event


def add_missing(model: type[Model], identity: dict, fields: dict | None = None, *, match=None):
    """The row found by `identity` (or by the Q `match`), else a new row of identity and fields.

    Returns (row, added). When a person made several rows that match, the oldest is the
    demo's: finding never raises, and nothing is added twice.
    """
    found = model._default_manager.filter(match or Q(**identity)).order_by("pk").first()
    if found is not None:
        return found, False
    return model._default_manager.create(**identity, **(fields or {})), True


def add_event(title: str, fields: dict):
    """The demo event of this title, else a new one; (event, added).

    Found by its title, or by any title its history shows: one a person renamed is not
    added again."""
    match = Q(title=title) | Q(pk__in=Event.history.filter(title=title).values("id"))
    return add_missing(Event, {"title": title}, fields, match=match)


def add_organizations(rows) -> dict[str, Organization]:
    """Organizations by the seed's name; rows are dicts of Organization fields.

    Found by slug or by name (both unique), so one a person renamed is still found.
    """
    organizations = {}
    for row in rows:
        fields = dict(row)
        slug = fields.pop("slug")
        match = Q(slug=slug) | Q(name=fields["name"])
        organizations[fields["name"]], _ = add_missing(
            Organization, {"slug": slug}, fields, match=match
        )
    return organizations


def add_members(group: AreaGroup, year: int, members: list[Organization]) -> None:
    """A new group's members for a year, in this order."""
    for position, organization in enumerate(members, start=1):
        role = MembershipRole.MEMBER if organization.is_member_coop else MembershipRole.PARTNER
        Membership.objects.create(
            area_group=group,
            organization=organization,
            fiscal_year=year,
            role=role,
            position=position,
        )
