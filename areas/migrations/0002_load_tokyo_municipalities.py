"""Ship all 62 Tokyo municipalities (23 区, 26 市, 5 町, 8 村) as data."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "tokyo_municipalities.csv"


def load(apps, schema_editor):
    Municipality = apps.get_model("areas", "Municipality")
    with DATA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            Municipality.objects.update_or_create(
                code=row["code"],
                defaults={
                    "name": row["name"],
                    "kana": row["kana"],
                    "name_en": row["romaji"],
                    "kind": row["kind"],
                    "prefecture": "東京都",
                    "tile_x": int(row["tile_x"]),
                    "tile_y": int(row["tile_y"]),
                },
            )


def unload(apps, schema_editor):
    Municipality = apps.get_model("areas", "Municipality")
    Municipality.objects.filter(code__startswith="13", area_group__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("areas", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
