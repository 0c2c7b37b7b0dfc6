"""Remove photos chosen in the admin whose form was never saved (events/photo_staging.py).

Run it daily (cron or a scheduler): files older than the tokens' lifetime can no longer be
added to anything.
"""

from django.core.management.base import BaseCommand

from events.photo_staging import remove_stale


class Command(BaseCommand):
    help = "Delete staged admin photos older than their tokens' lifetime (24 hours)."

    def handle(self, *args, **options):
        removed = remove_stale()
        self.stdout.write(f"{removed} staged photo file(s) removed.")
