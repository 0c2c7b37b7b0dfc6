from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from areas.models import Network
from booklet import exports, services
from booklet.models import PublishedReport
from core.fiscal_year import fiscal_year_label, is_known_year, known_years_message


class Command(BaseCommand):
    help = (
        "Print a fiscal year's summary (events, reports, participants per area group) and "
        "write the yearly report as PDF, CSV or XLSX. Uses today's data, or the published "
        "snapshot with --published. Example: yearly_summary 2023 --pdf report.pdf --csv figures.csv"
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The fiscal year, e.g. 2023 for 2023年度.")
        parser.add_argument("--pdf", type=Path, metavar="FILE", help="Write the report as PDF.")
        parser.add_argument(
            "--csv", type=Path, metavar="FILE", help="Write the figures as CSV (UTF-8 with BOM)."
        )
        parser.add_argument("--xlsx", type=Path, metavar="FILE", help="Write the figures as XLSX.")
        parser.add_argument(
            "--published",
            action="store_true",
            help="Use the published snapshot instead of today's data.",
        )

    def handle(self, *args, year, pdf=None, csv=None, xlsx=None, published=False, **options):
        verbosity = options["verbosity"]
        label = fiscal_year_label(year)
        _check_arguments(year, (pdf, csv, xlsx))
        snapshot = _published_snapshot(year, label) if published else None
        if not published and not services.has_data(year):
            raise CommandError(
                _("%(year)sのデータはありません（取り組みテーマ・参加団体・活動のどれもない）。")
                % {"year": label}
            )

        steps = 1 + sum(1 for path in (pdf, csv, xlsx) if path)
        progress = tqdm(
            total=steps, desc=label, unit=_("工程"), file=self.stderr, disable=verbosity < 1
        )
        progress.set_postfix_str(_("データを集計"))
        content = snapshot.content if snapshot else services.build_report(year)
        progress.update()
        header, rows = _write_files(content, progress, pdf, csv, xlsx, is_draft=not published)
        progress.close()

        if verbosity >= 1:
            self._print_summary(content, header, rows)
        for kind, path in (("PDF", pdf), ("CSV", csv), ("XLSX", xlsx)):
            if path and verbosity >= 1:
                self.stdout.write(self.style.SUCCESS(f"{kind}: {path}"))

    def _print_summary(self, content, header, rows):
        totals = content["figures"]["totals"]
        self.stdout.write(
            self.style.MIGRATE_HEADING(
                f"{fiscal_year_label(content['fiscal_year'])} {content['title']}"
            )
        )
        self.stdout.write(
            _("活動 %(events)s件・実施報告 %(reports)s件・参加者 延べ%(participants)s人") % totals
        )
        for row in rows[:-1]:
            self.stdout.write(
                f"  {row[0]}: "
                + " / ".join(f"{h} {v}" for h, v in zip(header[1:4], row[1:4], strict=True))
            )


def _check_arguments(year: int, paths) -> None:
    """Refuse a year outside the known range, or a file in a folder that does not exist."""
    if not is_known_year(year):
        raise CommandError(known_years_message())
    for path in paths:
        if path and not path.parent.exists():
            raise CommandError(_("書き出し先のフォルダがありません: %(path)s") % {"path": path})


def _published_snapshot(year: int, label: str) -> PublishedReport:
    # The default network's edition the public reads (none once withdrawn).
    snapshot = PublishedReport.objects.current(Network.objects.default(), year)
    if snapshot is None:
        raise CommandError(_("%(year)sの報告はまだ公開されていません。") % {"year": label})
    return snapshot


def _write_files(content, progress, pdf, csv, xlsx, *, is_draft: bool):
    """Write the files asked for, one progress step each; return the summary table."""
    if pdf:
        from booklet.pdf import render_report_pdf

        progress.set_postfix_str(_("PDFを作成"))
        pdf.write_bytes(render_report_pdf(content, is_draft=is_draft))
        progress.update()
    header, rows = exports.summary_table(content)
    if csv:
        progress.set_postfix_str(_("CSVを書き出し"))
        with csv.open("w", encoding="utf-8-sig", newline="") as stream:
            exports.write_csv(stream, header, rows)
        progress.update()
    if xlsx:
        progress.set_postfix_str(_("XLSXを書き出し"))
        xlsx.write_bytes(exports.xlsx_bytes([(_("まとめ"), header, rows)]))
        progress.update()
    return header, rows
