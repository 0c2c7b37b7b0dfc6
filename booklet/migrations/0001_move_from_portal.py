"""PublishedReport moves from portal to booklet: same table, same content type, same grants.

The table portal_publishedreport stays where it is (db_table), so this migration creates the
model in the migration state only, after portal's 0003 has created the table and the booklet's
named permissions; portal's 0004 then removes it from portal's state. Nothing is copied.

The content type ("portal", "publishedreport") is renamed to ("booklet", "publishedreport"):
its permissions, the 事務局 group's grants of them and the admin's log entries point at it by
id, so they all follow. A fresh database takes the same path as an existing one.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODEL = "publishedreport"


def _move_content_type(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    moving = ContentType.objects.filter(app_label=source, model=MODEL).first()
    if moving is None:
        return
    # A `migrate` stopped halfway may have let post_migrate create the target already, with
    # permissions of its own: keep whoever holds those, then drop it for the one that moves.
    stray = ContentType.objects.filter(app_label=target, model=MODEL).first()
    if stray is not None:
        Permission = apps.get_model("auth", "Permission")
        for permission in Permission.objects.filter(content_type=stray):
            kept = Permission.objects.filter(
                content_type=moving, codename=permission.codename
            ).first()
            if kept is not None:
                kept.group_set.add(*permission.group_set.all())
                kept.user_set.add(*permission.user_set.all())
        stray.delete()
    moving.app_label = target
    moving.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    _move_content_type(apps, "portal", "booklet")


def backwards(apps, schema_editor):
    _move_content_type(apps, "booklet", "portal")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0003_booklet_permissions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PublishedReport",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "fiscal_year",
                            models.PositiveSmallIntegerField(unique=True, verbose_name="年度"),
                        ),
                        ("content", models.JSONField(verbose_name="内容")),
                        (
                            "first_published_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="初回公開日時"),
                        ),
                        ("published_at", models.DateTimeField(verbose_name="公開日時")),
                        (
                            "publish_count",
                            models.PositiveSmallIntegerField(default=1, verbose_name="公開回数"),
                        ),
                        (
                            "published_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="公開した人",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "公開済みの年度報告",
                        "verbose_name_plural": "公開済みの年度報告",
                        "db_table": "portal_publishedreport",
                        "ordering": ["-fiscal_year"],
                        "permissions": [
                            ("publish_report", "年度報告を公開する"),
                            ("preview_report", "公開前の年度報告（下書き）を見る"),
                            ("view_dashboard", "年度のダッシュボードを見る"),
                            ("export_year_data", "年度の活動・報告・参加団体を書き出す"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
