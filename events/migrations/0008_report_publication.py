"""Activity reports get a publication status (下書き / 公開), like themes and events.

Reports written before this were public the moment they were saved, so every existing row
(and its history) is added as 公開: nothing public disappears. New reports start as 下書き.
"""

from django.db import migrations, models

CHOICES = [('draft', '下書き'), ('published', '公開')]


def publication(default):
    return models.CharField(
        choices=CHOICES, default=default, max_length=16, verbose_name='公開状況'
    )


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0007_occurrence_changes'),
    ]

    operations = [
        # Added with 'published' so the existing rows are filled as 公開 ...
        migrations.AddField(
            model_name='activityreport', name='publication', field=publication('published')
        ),
        migrations.AddField(
            model_name='historicalactivityreport',
            name='publication',
            field=publication('published'),
        ),
        # ... then new rows default to 下書き.
        migrations.AlterField(
            model_name='activityreport', name='publication', field=publication('draft')
        ),
        migrations.AlterField(
            model_name='historicalactivityreport', name='publication', field=publication('draft')
        ),
    ]
