"""The home page and the charter page list a bounded number of areas, whatever the data."""

import pytest

from portal.views import CHARTER_AREAS_PER_GOAL, HOME_GROUPS_PER_STATUS
from tests.listing_growth import at_both_scales

pytestmark = pytest.mark.django_db

AREA_LINK = '<li><a href="/areas/'


def test_the_home_page_does_the_same_work_with_five_times_the_groups(client):
    small, large = at_both_scales(client, "/")
    # At most HOME_GROUPS_PER_STATUS of each of the three statuses, of 120 and more groups.
    assert large.count(AREA_LINK) <= 3 * HOME_GROUPS_PER_STATUS
    assert large.queries == small.queries
    assert 'href="/areas/?status=active#area-list"' in large.html


def test_the_charter_page_does_the_same_work_with_five_times_the_groups(client):
    small, large = at_both_scales(client, "/charter/?year=2023")
    assert large.count(AREA_LINK) == small.count(AREA_LINK)
    assert large.queries == small.queries
    assert len(large.html) < len(small.html) * 1.1
    assert 'href="/reports/2023/"' in large.html


def test_the_charter_page_says_how_many_areas_take_up_each_goal(client, bulk):
    response = client.get("/charter/?year=2023")
    goal = response.context["charter"].goals.all()[0]
    assert goal.theme_count > CHARTER_AREAS_PER_GOAL
    assert len(goal.year_themes) == CHARTER_AREAS_PER_GOAL
    assert f"取り組む地域（{goal.theme_count}地域）" in response.content.decode()
