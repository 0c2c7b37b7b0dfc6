from django.core.management.base import BaseCommand

from search.registry import rebuild


class Command(BaseCommand):
    help = (
        "Write the site search's index again from every app's public rows (after a bulk load, "
        "a QuerySet.update() or a restore: writes that send no save signal)."
    )

    def handle(self, *args, **options):
        counts = rebuild()
        if options["verbosity"] >= 1:
            for label, count in counts.items():
                self.stdout.write(f"{label}: {count}")
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {sum(counts.values())} rows."))
