"""The area list stays small: counts by network and status, then one page of groups."""

import pytest

from areas.listing import PAGE_SIZE
from areas.models import AreaGroup, AreaStatus
from tests.listing_growth import at_both_scales

pytestmark = pytest.mark.django_db

CARD = 'class="card area-card"'


def test_the_area_list_does_the_same_work_with_five_times_the_groups(client):
    small, large = at_both_scales(client, "/areas/")
    assert small.count(CARD) == large.count(CARD) == PAGE_SIZE
    assert large.queries == small.queries
    assert len(large.html) < len(small.html) * 1.1


def test_the_area_list_counts_each_status_and_links_to_it(client, demo):
    html = client.get("/areas/").content.decode()
    active = AreaGroup.objects.filter(status=AreaStatus.ACTIVE, network__slug="tokyo").count()
    assert '?network=tokyo&amp;status=active#area-list"' in html
    assert f"活動中 {active}グループ" in html


def test_the_area_list_narrows_to_a_status_and_pages_through_every_group(client, bulk):
    seen = set()
    page = 1
    while True:
        response = client.get(f"/areas/?network=tokyo&status=active&page={page}")
        groups = response.context["page"].object_list
        assert all(g.status == AreaStatus.ACTIVE for g in groups)
        seen |= {g.slug for g in groups}
        if not response.context["page"].has_next():
            break
        assert 'rel="next"' in response.content.decode()
        page += 1
    expected = AreaGroup.objects.filter(status=AreaStatus.ACTIVE, network__slug="tokyo")
    assert seen == set(expected.values_list("slug", flat=True))


@pytest.mark.parametrize("query", ["page=abc", "page=-1", "page=99999", "page=1.5", "page=%00"])
def test_a_malformed_page_number_gives_a_page_not_an_error(client, bulk, query):
    assert client.get(f"/areas/?{query}").status_code == 200


@pytest.mark.parametrize("query", ["status=closed", "network=nowhere", "status=%00"])
def test_an_unknown_status_or_network_shows_every_group_with_a_message(client, demo, query):
    response = client.get(f"/areas/?{query}")
    assert response.status_code == 200
    assert "すべての地域を表示しています" in response.content.decode()
    assert "荒川区まちづくり" in response.content.decode()
