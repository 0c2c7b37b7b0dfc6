"""The 事務局's named permissions for the yearly booklet, given to the 事務局 group only.

Publishing, the draft booklet, the dashboard and the exports were open to any staff
account; views now ask for these permissions by name (portal/reports/views.py).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SECRETARIAT = "事務局"
CODENAMES = ["publish_report", "preview_report", "view_dashboard", "export_year_data"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("portal")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    secretariat.permissions.add(
        *Permission.objects.filter(content_type__app_label="portal", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="portal", codename__in=CODENAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="publishedreport",
            options={
                "ordering": ["-fiscal_year"],
                "permissions": [
                    ("publish_report", "年度報告を公開する"),
                    ("preview_report", "公開前の年度報告（下書き）を見る"),
                    ("view_dashboard", "年度のダッシュボードを見る"),
                    ("export_year_data", "年度の活動・報告・参加団体を書き出す"),
                ],
                "verbose_name": "公開済みの年度報告",
                "verbose_name_plural": "公開済みの年度報告",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
