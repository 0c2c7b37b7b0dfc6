"""Each year's booklet words (YearBooklet), edited by the 事務局.

The charter carried the lead paragraph (introduction) and the theme policy of the year it
was adopted, and every later year reused them. A charter's words become its own year's
booklet words, the default network's; the 事務局 is given the new model's permissions
(the roles migration gave them only the models there were then).
"""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

SECRETARIAT = "事務局"
CODENAMES = ["view_yearbooklet", "add_yearbooklet", "change_yearbooklet", "delete_yearbooklet"]
# The booklet's title before it was data (booklet/services.py BOOKLET_TITLE).
TOKYO_TITLE = "東京の生協のまちづくり活動トピックス"


def copy_charter_words(apps, schema_editor):
    Charter = apps.get_model("areas", "Charter")
    Network = apps.get_model("areas", "Network")
    YearBooklet = apps.get_model("booklet", "YearBooklet")
    network = Network.objects.filter(slug=settings.PORTAL_DEFAULT_NETWORK).first()
    if network is None:
        return
    charters = Charter.objects.exclude(introduction="", theme_policy="")
    for charter in charters:
        YearBooklet.objects.get_or_create(
            network=network,
            fiscal_year=charter.fiscal_year,
            defaults={
                "title": TOKYO_TITLE if network.slug == "tokyo" else network.name,
                "lead": charter.introduction,
                "theme_policy": charter.theme_policy,
            },
        )


def grant(apps, schema_editor):
    app_config = apps.get_app_config("booklet")
    app_config.models_module = True  # the migration state's stub has none
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    secretariat.permissions.add(
        *Permission.objects.filter(content_type__app_label="booklet", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("areas", "0009_every_group_in_a_network"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0005_network_permissions"),
        ("booklet", "0004_edition_numbers"),
    ]

    operations = [
        migrations.CreateModel(
            name="YearBooklet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="版"),
                ),
                ("fiscal_year", models.PositiveSmallIntegerField(verbose_name="年度")),
                ("title", models.CharField(max_length=200, verbose_name="題名")),
                (
                    "lead",
                    models.TextField(
                        blank=True, help_text="冊子の冒頭の文章", verbose_name="はじめに"
                    ),
                ),
                (
                    "theme_policy",
                    models.TextField(
                        blank=True,
                        help_text="その年度の取り組みテーマの決め方（冊子では「◆」で始まる文）",
                        verbose_name="取り組みテーマの方針",
                    ),
                ),
                ("publisher", models.CharField(blank=True, max_length=200, verbose_name="発行")),
                (
                    "published_on",
                    models.DateField(
                        blank=True,
                        help_text="空欄なら、公開した日が発行日になります",
                        null=True,
                        verbose_name="発行日",
                    ),
                ),
                ("contact", models.TextField(blank=True, verbose_name="連絡先")),
                (
                    "network",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="year_booklets",
                        to="areas.network",
                        verbose_name="連絡会",
                    ),
                ),
            ],
            options={
                "verbose_name": "年度の冊子の文言",
                "verbose_name_plural": "年度の冊子の文言",
                "ordering": ["network", "-fiscal_year"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("network", "fiscal_year"),
                        name="booklet_words_unique_per_network_year",
                    )
                ],
            },
        ),
        migrations.RunPython(copy_charter_words, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
