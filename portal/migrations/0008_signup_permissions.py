"""Sign-ups (signups.Signup): their permissions. The コーディネーター see, add (a person who
phoned) and cancel their own area's sign-ups (the area rule lives in areas/permissions.py);
deleting one is the 事務局's (sign-ups are otherwise erased by the retention run).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "事務局": ["view_signup", "add_signup", "change_signup", "delete_signup"],
    "コーディネーター": ["view_signup", "add_signup", "change_signup"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("signups")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="signups", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0007_residents_messages_permissions"),
        ("signups", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
