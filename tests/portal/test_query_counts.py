"""Every public page runs a fixed, small number of SQL queries whatever the data size.

Parametrized over portal.public_pages, so each page is pinned as soon as the site serves
it: the count at 6× the demo data must equal the count at 2×, and stay ≤ 10.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.public_pages import existing_pages, publish_sample_year, sample_values

pytestmark = pytest.mark.django_db

PAGES, _NOT_YET = existing_pages()
MAX_QUERIES = 10


def queries_for(client, path: str, status: int = 200) -> int:
    client.get(path)  # warm per-process caches first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == status, path
    return len(queries)


CASES = [
    pytest.param(page, prefix, id=f"{language}-{page.name}")
    for language, prefix in (("ja", ""), ("en", "/en"))
    for page in PAGES
    if page.localized or not prefix
]


@pytest.mark.parametrize(("public_page", "prefix"), CASES)
def test_public_page_query_count_does_not_grow_with_the_data(client, public_page, prefix):
    call_command("generate_data", scale=2, verbosity=0)
    publish_sample_year()
    small = queries_for(client, prefix + public_page.url(sample_values()), public_page.status)
    call_command("generate_data", scale=6, verbosity=0)
    publish_sample_year()
    large = queries_for(client, prefix + public_page.url(sample_values()), public_page.status)
    assert large == small, f"{public_page.name}: {small} queries at 2×, {large} at 6×"
    assert large <= MAX_QUERIES
