from django.core.management.base import BaseCommand
from django.db import transaction

from areas.models import AreaGroup, Membership, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event
from plans.models import AreaPlan, PlanIssue, PlanReview
from portal.demo.loader import load_demo
from search.registry import rebuild

COUNTED = [
    (Organization, "生協・団体"),
    (AreaGroup, "まちづくりグループ"),
    (Membership, "参加団体"),
    (YearlyTheme, "取り組みテーマ"),
    (Event, "活動・イベント"),
    (ActivityReport, "実施報告"),
    (AreaPlan, "わたまちプラン"),
    (PlanIssue, "地域課題"),
    (PlanReview, "振り返り・進捗確認"),
]


class Command(BaseCommand):
    help = (
        "Load the demo data: the 2023年度 Tokyo booklet (charter, common theme, area groups, "
        "themes, members), sample events and reports, and a sample わたまちプラン in Saitama; the "
        "2023 booklet published as its first edition; the current fiscal year opened (年度の準備) "
        "with a draft theme for each active Tokyo group. "
        "Safe to run again: only what is missing is added, nothing a person changed is touched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be loaded, then roll everything back.",
        )

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            load_demo(open_current_year=True)
            rebuild()  # the loader's bulk writes send no save signal: the search index anew
            if options["verbosity"] >= 1:
                for model, label in COUNTED:
                    self.stdout.write(f"{label}: {model.objects.count()}")
            if dry_run:
                transaction.set_rollback(True)
                self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
                return
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
