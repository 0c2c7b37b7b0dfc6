from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.portability import PortabilityError, import_portal


class Command(BaseCommand):
    help = (
        "Load an archive written by export_portal into a fresh, migrated database "
        "(run `manage.py migrate` first). All or nothing: on any error nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The archive written by export_portal")
        parser.add_argument(
            "--include-personal-data",
            action="store_true",
            help="Also load residents' sign-ups, messages, voices and followers (left out by "
            "default).",
        )

    def handle(self, *args, file, include_personal_data=False, **options):
        try:
            manifest = import_portal(file, include_personal_data=include_personal_data)
        except PortabilityError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["models"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {rows} rows and {manifest['media_files']} media files from {file} "
                f"(exported {manifest['created']})."
            )
        )
