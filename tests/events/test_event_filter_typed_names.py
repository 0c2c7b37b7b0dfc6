"""The events filter's area and organization are typed, not a select of every row."""

import pytest

from tests.listing_growth import at_both_scales

pytestmark = pytest.mark.django_db


def test_the_filter_form_does_the_same_work_with_five_times_the_areas(client):
    small, large = at_both_scales(client, "/events/?kind=cafe&area=arakawa")
    assert large.count("<option") == small.count("<option")
    assert large.queries == small.queries
    assert 'name="area" value="arakawa"' in large.html


@pytest.mark.parametrize(
    "typed", ["arakawa", "ARAKAWA", "荒川区", "荒川区まちづくり", "ａｒａｋａｗａ"]
)
def test_an_area_is_found_by_its_address_or_its_name(client, demo, typed):
    response = client.get("/events/", {"area": typed, "date_from": "2023-04-01"})
    html = response.content.decode()
    assert "正しく読み取れない条件" not in html
    assert "荒川コープカフェ" in html
    assert "北区" not in [o.event.area_groups.all()[0].name for o in response.context["page"]]


def test_an_organization_is_found_by_its_address_or_its_name(client, demo):
    for typed in ("coop-mirai", "コープみらい"):
        response = client.get("/events/", {"organization": typed, "date_from": "2023-04-01"})
        assert "正しく読み取れない条件" not in response.content.decode()
        assert response.context["page"].paginator.count > 0


def test_an_unknown_area_says_what_to_type(client, demo):
    html = client.get("/events/", {"area": "どこか"}).content.decode()
    assert "「どこか」という地域は見つかりませんでした。" in html
    assert "例：arakawa" in html
