from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from areas.models import Network
from areas.yearly_cycle import open_fiscal_year
from core.fiscal_year import fiscal_year_label, is_known_year, known_years_message


class Command(BaseCommand):
    help = (
        "Open a fiscal year (年度の準備): carry the charter and common themes forward unless the "
        "year has its own, give every active group a draft theme prefilled from its latest one "
        "with the same members, and email each group's coordinators a link to their draft. "
        "Running it twice changes nothing. Example: open_fiscal_year 2027 --dry-run"
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The fiscal year, e.g. 2027 for 2027年度.")
        parser.add_argument(
            "--dry-run", action="store_true", help="List what it would do; write and send nothing."
        )
        parser.add_argument(
            "--network",
            help="The network's slug (default: the portal's own, PORTAL_DEFAULT_NETWORK).",
        )
        parser.add_argument(
            "--site-url",
            default=settings.SITE_URL,
            help="The site's address for the links in the emails (default: DJANGO_SITE_URL).",
        )

    def handle(self, *args, year, dry_run=False, site_url="", network=None, **options):
        if not is_known_year(year):
            raise CommandError(known_years_message())
        chosen = Network.objects.filter(slug=network).first() if network else None
        if network and chosen is None:
            raise CommandError(_("連絡会「%(slug)s」はありません。") % {"slug": network})
        opening = open_fiscal_year(year, dry_run=dry_run, base_url=site_url, network=chosen)
        label = fiscal_year_label(year)
        if dry_run:
            heading = _("%(year)sの準備で行うこと（まだ何も変えていません）:")
        else:
            heading = _("%(year)sの準備で行ったこと:")
        self.stdout.write(heading % {"year": label})
        for line in opening.lines:
            self.stdout.write(f"・{line}")
