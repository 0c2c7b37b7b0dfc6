"""The area list (/areas/) at any scale: counts by network and status, then one page of groups.

The rule: the page's work never grows with the groups it does not show. The counts come
from one aggregate query; the list is a page of `PAGE_SIZE` groups (Django's Paginator),
narrowed by `?network=` and `?status=` (a value the site does not know is left out, with a
message); the tile map stays whole, as it is bounded (the 62 Tokyo municipalities). Every
group is still reached: by the pages, by the tile map, or by the site search.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, F, IntegerField, Value, When, Window
from django.db.models.functions import RowNumber

from areas.models import AreaGroup, AreaStatus, Network
from areas.services import STATUS_ORDER, public_groups, theme_to_show

PAGE_SIZE = 24


@dataclass
class NetworkSummary:
    network: Network
    counts: list[tuple[AreaStatus, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


def networks() -> list[Network]:
    """Every network, the portal's own first (a handful: one per prefecture's co-ops)."""
    found = list(Network.objects.all())
    return sorted(found, key=lambda n: (not n.is_default, n.position, n.pk))


def summaries(all_networks: list[Network]) -> list[NetworkSummary]:
    """Each network with its number of groups in each status (one aggregate query)."""
    rows = AreaGroup.objects.values_list("network_id", "status").annotate(n=Count("pk"))
    counts = {(network_id, status): n for network_id, status, n in rows}
    return [
        NetworkSummary(n, [(s, counts.get((n.pk, s.value), 0)) for s in STATUS_ORDER])
        for n in all_networks
        if any(network_id == n.pk for network_id, _ in counts)
    ]


def _status_rank():
    return Case(
        *[When(status=s.value, then=Value(i)) for i, s in enumerate(STATUS_ORDER)],
        output_field=IntegerField(),
    )


def _network_rank():
    return Case(
        When(network__slug=settings.PORTAL_DEFAULT_NETWORK, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )


def group_page(network: Network | None, status: str | None, page_number) -> Page:
    """One page of groups (default network first, then by status and the groups' order),
    each with `theme`, the theme the list shows. A page number that is not one gives page 1,
    one past the end the last page."""
    groups = public_groups().annotate(network_rank=_network_rank(), status_rank=_status_rank())
    if network is not None:
        groups = groups.filter(network=network)
    if status is not None:
        groups = groups.filter(status=status)
    groups = groups.order_by(
        "network_rank", "network__position", "network_id", "status_rank", "position", "pk"
    )
    page = Paginator(groups, PAGE_SIZE).get_page(page_number)
    page.object_list = list(page.object_list)
    for group in page.object_list:
        group.theme = theme_to_show(group.published_themes)
    return page


def sections(page: Page, summaries: list[NetworkSummary]) -> list[tuple]:
    """The page's groups under their network and status, in the page's order:
    [(network, [(status, groups in that status in all, [groups on this page]), ...]), ...]."""
    totals = {(s.network.pk, status): n for s in summaries for status, n in s.counts}
    result = []
    for group in page.object_list:
        if not result or result[-1][0].pk != group.network_id:
            result.append((group.network, []))
        statuses = result[-1][1]
        if not statuses or statuses[-1][0] != group.status:
            status = AreaStatus(group.status)
            statuses.append((status, totals.get((group.network_id, status), 0), []))
        statuses[-1][2].append(group)
    return result


def first_by_status(limit: int) -> list[tuple[AreaStatus, int, list[AreaGroup]]]:
    """[(status, its number of groups, its first `limit` groups by the groups' order), ...]
    for the home page: one query, a window function numbers and counts each status's rows."""
    by_status = [F("status")]
    rows = (
        AreaGroup.objects.only("name", "slug", "status", "position")
        .annotate(
            number=Window(RowNumber(), partition_by=by_status, order_by=[F("position"), F("pk")]),
            status_count=Window(Count("pk"), partition_by=by_status),
        )
        .filter(number__lte=limit)
        .order_by("position", "pk")
    )
    found_by_status: dict[str, list[AreaGroup]] = {}
    for group in rows:
        found_by_status.setdefault(group.status, []).append(group)
    return [
        (status, found[0].status_count, found)
        for status in STATUS_ORDER
        if (found := found_by_status.get(status.value))
    ]
