from pathlib import Path

from django.core.management.base import BaseCommand

from opendata import store


class Command(BaseCommand):
    help = (
        "Build the open-data ZIP (/open-data/) now and keep it, so no visitor waits for it "
        "(for cron). With --output, also write a copy to that file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, metavar="FILE", help="Also write it here.")

    def handle(self, *args, output=None, **options):
        archive = store.build()
        if output:
            Path(output).write_bytes(archive.read())
        if options["verbosity"]:
            where = archive.name or "memory"
            self.stdout.write(f"Open data built: {archive.size} bytes, {where}")
