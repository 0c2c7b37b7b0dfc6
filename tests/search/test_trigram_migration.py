"""On PostgreSQL the searchable columns carry pg_trgm GIN indexes (migration 0002), so
`contains` is served by an index; SQLite has none and runs the same query."""

import pytest
from django.db import connection

from search.models import SearchEntry
from search.query import matching, parse

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_trgm indexes exist on PostgreSQL only"
)
def test_the_searchable_columns_have_trigram_indexes():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() is not None
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s",
            [SearchEntry._meta.db_table],
        )
        indexes = dict(cursor.fetchall())
    for name, column in [
        ("search_entry_normalized_trgm", "normalized"),
        ("search_entry_readings_trgm", "readings"),
    ]:
        assert "USING gin" in indexes[name]
        assert f"{column} gin_trgm_ops" in indexes[name]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_trgm indexes exist on PostgreSQL only"
)
def test_the_planner_uses_the_trigram_index_when_told_to_avoid_a_scan():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = matching(parse("ぼうさい")).explain()
    assert "search_entry_readings_trgm" in plan
    assert "search_entry_normalized_trgm" in plan
