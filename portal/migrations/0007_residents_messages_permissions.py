"""Residents' messages to a group (inquiries.GroupMessage) and the voices they send
(plans.VoiceSubmission): view, change (対応済み, moderation) and delete, given to the 事務局
and to the コーディネーター (who reach only their own area's rows: areas/permissions.py). No
one adds them by hand: they are the residents'.

The roles migration (0002) gave the groups the permissions of the models as they were then;
a model added later needs its own grant.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["事務局", "コーディネーター"]
CODENAMES = {
    "inquiries": ["view_groupmessage", "change_groupmessage", "delete_groupmessage"],
    "plans": ["view_voicesubmission", "change_voicesubmission", "delete_voicesubmission"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for label, codenames in CODENAMES.items():
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # the migration state's stub has none
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        permissions = Permission.objects.filter(
            content_type__app_label=label, codename__in=codenames
        )
        for name in GROUPS:
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_occurrence_change_permissions"),
        ("inquiries", "0001_initial"),
        ("plans", "0005_voicesubmission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
