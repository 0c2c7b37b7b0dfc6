import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from portal.demo.generator import GROUPS_PER_BATCH, generate
from portal.demo.loader import load_demo
from search.registry import rebuild


class Command(BaseCommand):
    help = (
        "Generate realistic data at N times the demo (for benchmarks): about 12×N area groups "
        "with their organizations, memberships, themes, events and reports over several fiscal "
        "years, on top of the demo data. The same --scale and --seed give the same data; "
        "running again replaces what an earlier run generated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=int, default=1, help="Times the demo data (1 = the demo alone)."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the counts, then roll everything back."
        )

    def handle(self, *args, scale, seed, dry_run=False, **options):
        if scale < 1:
            raise CommandError("--scale must be 1 or more.")
        started = time.monotonic()
        with transaction.atomic():
            load_demo()
            if options["verbosity"] >= 1:
                self.stdout.write(
                    f"Generating {(scale - 1) * GROUPS_PER_BATCH} area groups "
                    f"(scale {scale}, seed {seed})…"
                )
            counts = generate(scale, seed).counts
            rebuild()  # bulk_create sends no save signal: the search index anew
            if options["verbosity"] >= 1:
                for name, count in counts.items():
                    self.stdout.write(f"  {name}: {count}")
            if dry_run:
                transaction.set_rollback(True)
                self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
                return
        if connection.vendor == "postgresql":
            # A bulk load leaves PostgreSQL's planner with the row counts of the empty
            # tables (autovacuum catches up only later), and it then picks plans fit for
            # ten rows: refresh the statistics, as one does after any bulk load.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated data at scale {scale} in {time.monotonic() - started:.1f} s."
            )
        )
