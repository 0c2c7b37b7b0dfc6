"""The 事務局 manages networks (連絡会): the model's permissions, given to the 事務局 group.

The roles migration (0002) gave the 事務局 every permission of our apps as they were then;
a model added later needs its own grant.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SECRETARIAT = "事務局"
CODENAMES = ["view_network", "add_network", "change_network", "delete_network"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("areas")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    secretariat.permissions.add(
        *Permission.objects.filter(content_type__app_label="areas", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_publishedreport_moved_to_booklet"),
        ("areas", "0009_every_group_in_a_network"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
