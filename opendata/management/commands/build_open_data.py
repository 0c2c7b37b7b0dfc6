from pathlib import Path

from django.core.management.base import BaseCommand

from opendata import store


class Command(BaseCommand):
    help = (
        "Build the open-data ZIP (/open-data/) if the public data changed since the last build, "
        "and keep it, so no visitor waits for it (for cron). --force builds it anyway; "
        "--output also writes a copy to that file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, metavar="FILE", help="Also write it here.")
        parser.add_argument("--force", action="store_true", help="Build even if unchanged.")

    def handle(self, *args, output=None, force=False, **options):
        archive = store.build() if force else store.current()
        if output:
            Path(output).write_bytes(archive.read())
        if options["verbosity"]:
            where = archive.name or "memory"
            made = archive.generated_at.isoformat()
            self.stdout.write(f"Open data of {made}: {archive.size} bytes, {where}")
