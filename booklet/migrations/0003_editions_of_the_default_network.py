"""Every report published before networks existed was the default network's (Tokyo's)."""

from django.conf import settings
from django.db import migrations


def assign_default_network(apps, schema_editor):
    PublishedReport = apps.get_model("booklet", "PublishedReport")
    if not PublishedReport.objects.filter(network__isnull=True).exists():
        return
    Network = apps.get_model("areas", "Network")
    network = (
        Network.objects.filter(slug=settings.PORTAL_DEFAULT_NETWORK).first()
        or Network.objects.order_by("position", "pk").first()
    )
    PublishedReport.objects.filter(network__isnull=True).update(network=network)


class Migration(migrations.Migration):
    dependencies = [
        ("booklet", "0002_editions"),
    ]

    operations = [migrations.RunPython(assign_default_network, migrations.RunPython.noop)]
