"""Mail each confirmed follower the week's new events and reports of their areas.

Run once a week (cron, a systemd timer, or the `follows.tasks.send_digests_task` task).
"""

from django.core.management.base import BaseCommand

from follows.digest import send_digests


class Command(BaseCommand):
    help = "Mail every confirmed follower the new events and reports of their areas."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
