"""The co-ops list stays small: each kind with its count and first names; one kind by pages."""

import pytest

from coops.listing import PAGE_SIZE, PREVIEW
from coops.models import Organization, OrganizationKind
from tests.listing_growth import at_both_scales

pytestmark = pytest.mark.django_db

LINK = '<li><a href="/coops/'


def test_the_coop_list_does_the_same_work_with_five_times_the_organizations(client):
    small, large = at_both_scales(client, "/coops/")
    # At most PREVIEW of each kind, member co-ops and partners: far fewer than there are.
    bound = 2 * len(OrganizationKind) * PREVIEW
    assert large.count(LINK) <= bound < Organization.objects.count()
    assert large.queries == small.queries
    assert len(large.html) < len(small.html) * 1.3


def test_each_kind_shows_its_count_and_links_to_all_of_it(client, bulk):
    html = client.get("/coops/").content.decode()
    kind = OrganizationKind.SOCIAL_WELFARE_COUNCIL
    count = Organization.objects.filter(kind=kind, is_member_coop=False).count()
    assert count > PREVIEW
    assert f"{kind.label}（{count}）" in html
    assert f'href="?kind={kind.value}"' in html


def test_one_kind_pages_through_all_of_its_organizations(client, bulk):
    kind = OrganizationKind.SOCIAL_WELFARE_COUNCIL
    expected = set(Organization.objects.filter(kind=kind).values_list("slug", flat=True))
    seen, page = set(), 1
    while True:
        response = client.get(f"/coops/?kind={kind.value}&page={page}")
        shown = response.context["page"]
        assert len(shown.object_list) <= PAGE_SIZE
        seen |= {o.slug for o in shown.object_list}
        if not shown.has_next():
            break
        page += 1
    assert seen == expected


@pytest.mark.parametrize("query", ["kind=spaceship", "kind=%00", "kind=nonprofit&page=abc"])
def test_an_unknown_kind_or_page_is_a_normal_page(client, demo, query):
    assert client.get(f"/coops/?{query}").status_code == 200
