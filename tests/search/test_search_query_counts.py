"""/search/ runs the same few queries whatever the number of results (issue 16)."""

import pytest

from events.factories import EventFactory
from search.registry import rebuild


@pytest.fixture
def many(bulk):
    """Six times the demo, indexed (the generator's bulk writes send no save signal), with
    more 防災 events than a page shows."""
    rebuild()
    EventFactory.create_batch(30, title="防災講座")


def test_the_grouped_results_take_two_queries(client, many, django_assert_num_queries):
    with django_assert_num_queries(2):  # the counts by kind; the first rows of every kind
        response = client.get("/search/", {"q": "ぼうさい"})
    assert response.content.decode().count('class="search-result-title"') >= 5


def test_one_kind_page_takes_two_queries(client, many, django_assert_num_queries):
    with django_assert_num_queries(2):  # the count; the page
        response = client.get("/search/", {"q": "ぼうさい", "kind": "event", "page": 2})
    assert response.content.decode().count('class="search-result-title"') == 20
