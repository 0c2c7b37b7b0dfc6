from pathlib import Path

from django.core.management.base import BaseCommand

from portal.portability import export_portal


class Command(BaseCommand):
    help = (
        "Write all portal data (not sessions or caches) and every uploaded file to one .zip "
        "file, to be loaded into a fresh database with import_portal."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Where to write the archive, e.g. portal.zip")
        parser.add_argument(
            "--include-personal-data",
            action="store_true",
            help="Also export residents' sign-ups, messages, voices and followers (left out by "
            "default: keep such an archive as safe as a database dump).",
        )

    def handle(self, *args, file, include_personal_data=False, **options):
        manifest = export_portal(file, include_personal_data=include_personal_data)
        rows = sum(manifest["models"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {rows} rows of {len(manifest['models'])} models "
                f"and {manifest['media_files']} media files to {file}."
            )
        )
