"""An edition belongs to a network, and its number is unique within the network's year.

The single replaced snapshot's counters (first publication, number of publications) give
way to the editions themselves.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("booklet", "0003_editions_of_the_default_network"),
    ]

    operations = [
        migrations.AlterField(
            model_name="publishedreport",
            name="network",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="published_reports",
                to="areas.network",
                verbose_name="連絡会",
            ),
        ),
        migrations.RemoveField(model_name="publishedreport", name="first_published_at"),
        migrations.RemoveField(model_name="publishedreport", name="publish_count"),
        migrations.AlterModelOptions(
            name="publishedreport",
            options={
                "ordering": ["network", "-fiscal_year", "-number"],
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
        migrations.AddConstraint(
            model_name="publishedreport",
            constraint=models.UniqueConstraint(
                fields=("network", "fiscal_year", "number"),
                name="booklet_edition_number_unique",
            ),
        ),
    ]
