"""The moved models' content types (and so their permissions, the 事務局 and コーディネーター
groups' grants, admin log entries) now belong to the plans app: rename them, keeping their ids.

On a fresh database portal 0002_roles has created them under areas/events before plans 0001
(see its dependencies), so both kinds of database end the same.
"""

from django.db import migrations

MOVED = {
    "areas": [
        "areaplan",
        "historicalareaplan",
        "planissue",
        "historicalplanissue",
        "milestone",
        "planreview",
        "historicalplanreview",
        "reviewentry",
        "plancontact",
        "historicalplancontact",
    ],
    "events": ["raisedvoice", "issuesource"],
}


def _relabel(apps, schema_editor, old_of, new_of):
    ContentType = apps.get_model("contenttypes", "ContentType")
    rows = ContentType.objects.using(schema_editor.connection.alias)
    for app_label, models in MOVED.items():
        old, new = old_of(app_label), new_of(app_label)
        for model in models:
            if rows.filter(app_label=old, model=model).exists():
                # Only a migrate stopped half-way (post_migrate in between) leaves a new, empty
                # row under the new label: the old one, with the grants, wins.
                rows.filter(app_label=new, model=model).delete()
                rows.filter(app_label=old, model=model).update(app_label=new)
    ContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    _relabel(apps, schema_editor, old_of=lambda label: label, new_of=lambda label: "plans")


def backwards(apps, schema_editor):
    _relabel(apps, schema_editor, old_of=lambda label: "plans", new_of=lambda label: label)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("plans", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
