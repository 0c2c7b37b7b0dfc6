"""Published reports become numbered editions: each existing row is its year's 第1版.

The fields are added here (the network still empty); 0003 fills the network, 0004 makes it
required and adds the edition numbers' uniqueness. Three migrations, so PostgreSQL never
alters the table in the transaction that updated its rows.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("areas", "0009_every_group_in_a_network"),
        ("booklet", "0001_move_from_portal"),
    ]

    operations = [
        migrations.AddField(
            model_name="publishedreport",
            name="network",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="published_reports",
                to="areas.network",
                verbose_name="連絡会",
            ),
        ),
        migrations.AddField(
            model_name="publishedreport",
            name="number",
            field=models.PositiveSmallIntegerField(default=1, verbose_name="版"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="publishedreport",
            name="withdrawn_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="取り下げた日時"),
        ),
        migrations.AddField(
            model_name="publishedreport",
            name="withdrawn_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="取り下げた人",
            ),
        ),
        migrations.AddField(
            model_name="publishedreport",
            name="withdrawal_reason",
            field=models.TextField(blank=True, verbose_name="取り下げの理由"),
        ),
        migrations.AlterField(
            model_name="publishedreport",
            name="fiscal_year",
            field=models.PositiveSmallIntegerField(verbose_name="年度"),
        ),
    ]
