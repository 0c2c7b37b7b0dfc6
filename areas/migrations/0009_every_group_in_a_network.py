"""Every group belongs to a network (0008 gave each existing group its own).

Separate from 0008: PostgreSQL refuses to alter a table in the transaction that just
updated its rows with foreign-key checks pending.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('areas', '0008_networks'),
    ]

    operations = [
        migrations.AlterField(
            model_name='areagroup',
            name='network',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='area_groups', to='areas.network', verbose_name='連絡会'),
        ),
    ]
