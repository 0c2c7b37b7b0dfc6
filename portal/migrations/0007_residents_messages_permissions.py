"""Residents' messages to a group (inquiries.GroupMessage) and the voices they send
(plans.VoiceSubmission): view, change (対応済み, moderation) and delete for the コーディネーター
(who reach only their own area's rows: areas/permissions.py); every permission for the 事務局,
which holds all of its apps' (the admins refuse adding by hand to anyone: the rows are the
residents').

The roles migration (0002) gave the groups the permissions of the models as they were then;
a model added later needs its own grant.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = {"inquiries": "groupmessage", "plans": "voicesubmission"}
ACTIONS = {
    "事務局": ["view", "add", "change", "delete"],
    "コーディネーター": ["view", "change", "delete"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for label, model in MODELS.items():
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # the migration state's stub has none
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        for name, actions in ACTIONS.items():
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=label,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_occurrence_change_permissions"),
        ("inquiries", "0001_initial"),
        ("plans", "0005_voicesubmission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
