"""pg_trgm GIN indexes on the searchable columns, so `contains` (LIKE '%…%') is served by an
index on PostgreSQL. PostgreSQL 13+ marks pg_trgm trusted: the database's owner may create it.
Nothing on SQLite (the same queries run unindexed)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    ("search_entry_normalized_trgm", "normalized"),
    ("search_entry_readings_trgm", "readings"),
]


class PostgreSQLOnly(migrations.operations.base.Operation):
    """Run the wrapped operation on PostgreSQL only; the model state is the same everywhere."""

    reduces_to_sql = False
    reversible = True

    def __init__(self, operation):
        self.operation = operation

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return f"{self.operation.describe()} (PostgreSQL only)"


def _add_index(name, column):
    return PostgreSQLOnly(
        migrations.AddIndex(
            "searchentry", GinIndex(fields=[column], name=name, opclasses=["gin_trgm_ops"])
        )
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        PostgreSQLOnly(TrigramExtension()),
        *(_add_index(name, column) for name, column in INDEXES),
    ]
