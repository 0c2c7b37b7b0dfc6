"""PublishedReport is booklet's now (booklet/migrations/0001_move_from_portal.py).

Removed from portal's migration state only: the table stays, under its old name, as the
booklet's. Runs after booklet's 0001, so the model is never missing from the state.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_booklet_permissions"),
        ("booklet", "0001_move_from_portal"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PublishedReport")],
            database_operations=[],
        ),
    ]
