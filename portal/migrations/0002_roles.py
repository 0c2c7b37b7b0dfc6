"""The two staff roles as groups: 事務局 (the secretariat) and コーディネーター.

Permissions are normally created after migrate (post_migrate), so this migration creates
them first for the apps it needs. Which rows a coordinator may touch is decided by the
area scoping in areas/permissions.py; these are only the model-level permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SECRETARIAT = "事務局"
COORDINATOR = "コーディネーター"
PORTAL_APPS = ["coops", "areas", "events", "portal"]

COORDINATOR_PERMISSIONS = {
    "areas": {
        "yearlytheme": ["view", "add", "change"],
        "membership": ["view", "add", "change", "delete"],
        "areagroup": ["view"],
        "municipality": ["view"],
        # わたまちプラン: the area's plan, its issues, milestones, reviews and contact.
        "areaplan": ["view", "add", "change"],
        "planissue": ["view", "add", "change", "delete"],
        "milestone": ["view", "add", "change", "delete"],
        "planreview": ["view", "add", "change", "delete"],
        "reviewentry": ["view", "add", "change", "delete"],
        "plancontact": ["view", "add", "change"],
    },
    "events": {
        "event": ["view", "add", "change", "delete"],
        "activityreport": ["view", "add", "change", "delete"],
        "photo": ["view", "add", "change", "delete"],
        "venue": ["view", "add", "change"],
        "raisedvoice": ["view", "add", "change", "delete"],
        "issuesource": ["view", "add", "change", "delete"],
    },
    "coops": {"organization": ["view"]},
}
SECRETARIAT_AUTH_PERMISSIONS = {"user": ["view", "add", "change"]}


def create_roles(apps, schema_editor):
    for app_label in ["auth", "contenttypes", *PORTAL_APPS]:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True  # the migration state's stub has none
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    secretariat.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=PORTAL_APPS),
        *_permissions(Permission, "auth", SECRETARIAT_AUTH_PERMISSIONS),
    )
    coordinator, _ = Group.objects.get_or_create(name=COORDINATOR)
    for app_label, models in COORDINATOR_PERMISSIONS.items():
        coordinator.permissions.add(*_permissions(Permission, app_label, models))


def _permissions(Permission, app_label, models):
    codenames = [f"{action}_{model}" for model, actions in models.items() for action in actions]
    found = list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
    missing = set(codenames) - {p.codename for p in found}
    if missing:
        raise RuntimeError(f"Permissions not found for {app_label}: {sorted(missing)}")
    return found


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[SECRETARIAT, COORDINATOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("coops", "0002_logo_dimensions"),
        ("areas", "0005_plan_history"),
        ("events", "0003_history_version_photo"),
        ("portal", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
