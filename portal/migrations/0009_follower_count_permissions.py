"""The number of followers per area (follows.AreaFollowing, view only): shown to the 事務局.
Coordinators get nothing of following; no group sees a follower's address (Follower has no
admin).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("follows")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="follows", codename="view_areafollowing"
    )
    group, _ = Group.objects.get_or_create(name="事務局")
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_signup_permissions"),
        ("follows", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
