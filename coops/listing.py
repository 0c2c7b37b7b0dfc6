"""The co-ops list (/coops/) at any scale: by kind, with counts, a few of each, one kind by pages.

The rule: the page's work never grows with the organizations it does not show. The overview
shows member co-ops, then partners, each kind with its count and its first `PREVIEW` names
(one query, a window function numbers each kind's rows); `?kind=` shows that kind alone,
`PAGE_SIZE` a page (Django's Paginator; a page number that is not one gives page 1).
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from coops.models import Organization, OrganizationKind

PREVIEW = 8
PAGE_SIZE = 50


@dataclass
class KindGroup:
    kind: OrganizationKind
    count: int
    first: list[Organization]


def total(groups: list[KindGroup]) -> int:
    return sum(g.count for g in groups)


def overview() -> tuple[list[KindGroup], list[KindGroup]]:
    """(member co-ops by kind, partners by kind), each kind's first `PREVIEW` by name."""
    partition = [F("is_member_coop"), F("kind")]
    rows = (
        Organization.objects.annotate(
            number=Window(RowNumber(), partition_by=partition, order_by=[F("name"), F("pk")]),
            kind_count=Window(Count("pk"), partition_by=partition),
        )
        .filter(number__lte=PREVIEW)
        .order_by("-is_member_coop", "kind", "number")
    )
    groups: dict[tuple[bool, str], KindGroup] = {}
    for organization in rows:
        key = (organization.is_member_coop, organization.kind)
        if key not in groups:
            kind = OrganizationKind(organization.kind)
            groups[key] = KindGroup(kind, organization.kind_count, [])
        groups[key].first.append(organization)
    order = {kind: i for i, kind in enumerate(OrganizationKind.values)}
    ordered = sorted(groups.items(), key=lambda item: order[item[0][1]])
    return (
        [g for (member, _), g in ordered if member],
        [g for (member, _), g in ordered if not member],
    )


def kind_page(kind: str, page_number) -> Page:
    """One page of the organizations of `kind`, member co-ops first, then by name."""
    organizations = Organization.objects.filter(kind=kind).order_by("-is_member_coop", "name", "pk")
    return Paginator(organizations, PAGE_SIZE).get_page(page_number)
