"""Erase residents' personal data past its retention period (core/retention.py), once a day."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.retention import erase_expired


class _DryRun(Exception):
    """Raised to roll the run back."""


class Command(BaseCommand):
    help = (
        "Erase residents' personal data (sign-ups, messages, voices, followers, mail records) "
        "kept longer than its period (PORTAL_PERSONAL_DATA_RETENTION_DAYS). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what is due, then roll everything back."
        )

    def handle(self, *args, dry_run=False, **options):
        counts = self._run(dry_run)
        verb = "would erase" if dry_run else "erased"
        for label, count in counts.items():
            self.stdout.write(f"{label}: {verb} {count}")
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"{'Dry run: ' if dry_run else ''}{total} in all."))

    def _run(self, dry_run: bool) -> dict[str, int]:
        """All erasers in one transaction: a dry run counts inside it, then rolls it back."""
        try:
            with transaction.atomic():
                counts = erase_expired(timezone.now())
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return counts
