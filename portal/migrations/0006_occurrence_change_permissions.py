"""Cancelling or moving one date of a series (events.OccurrenceChange): its permissions, given
to the 事務局 and to the コーディネーター (who change only their own area's events: the area
rule lives in areas/permissions.py, these are the model-level rights).

The roles migration (0002) gave the groups the permissions of the models as they were then;
a model added later needs its own grant.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["事務局", "コーディネーター"]
CODENAMES = [
    "view_occurrencechange",
    "add_occurrencechange",
    "change_occurrencechange",
    "delete_occurrencechange",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("events")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=CODENAMES
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_network_permissions"),
        ("events", "0007_occurrence_changes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
