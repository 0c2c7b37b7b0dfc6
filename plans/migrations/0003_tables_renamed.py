"""The moved tables take this app's names (plans_areaplan, plans_historicalareaplan, …,
and the plan–organization table with them): a rename, no row copied. After the old apps
have dropped the models from their state, so no other model claims the old names.
Constraint and index names keep their old prefixes.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('areas', '0007_plans_moved_out'),
        ('events', '0006_plans_moved_out'),
        ('plans', '0002_content_types'),
    ]

    operations = [
        migrations.AlterModelTable(
            name='areaplan',
            table=None,
        ),
        migrations.AlterModelTable(
            name='historicalareaplan',
            table=None,
        ),
        migrations.AlterModelTable(
            name='historicalplancontact',
            table=None,
        ),
        migrations.AlterModelTable(
            name='historicalplanissue',
            table=None,
        ),
        migrations.AlterModelTable(
            name='historicalplanreview',
            table=None,
        ),
        migrations.AlterModelTable(
            name='issuesource',
            table=None,
        ),
        migrations.AlterModelTable(
            name='milestone',
            table=None,
        ),
        migrations.AlterModelTable(
            name='plancontact',
            table=None,
        ),
        migrations.AlterModelTable(
            name='planissue',
            table=None,
        ),
        migrations.AlterModelTable(
            name='planreview',
            table=None,
        ),
        migrations.AlterModelTable(
            name='raisedvoice',
            table=None,
        ),
        migrations.AlterModelTable(
            name='reviewentry',
            table=None,
        ),
    ]
