"""CSV and XLSX exports of the yearly report's figures and of the year's rows.

CSV is written as UTF-8 with a byte-order mark (utf-8-sig), which Excel needs to read Japanese
correctly; XLSX comes from openpyxl. Every table is a header and rows of plain values.

No cell may run as a formula (CSV injection, OWASP): a title typed by anyone can reach a
spreadsheet on the secretariat's desk. Every text cell that starts with = + - @, a tab or a
carriage return (or a full-width ＝ ＋ － ＠, which Japanese Excel may take the same way)
gets a leading single quote, in both writers, through escape_formula. Numbers are left
alone, so a negative count stays a number.
"""

import csv
import io

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

from areas.models import AreaGroup, Goal, Membership
from events.models import ActivityReport, Event

CSV_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def escape_formula(value):
    """A text cell a spreadsheet would run as a formula, quoted; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _escaped(row) -> list:
    # str() for lazy translations in headers, which are text too.
    return [escape_formula(str(v) if isinstance(v, Promise) else v) for v in row]


def write_csv(stream, header, rows) -> None:
    """Write a table to a text stream opened with encoding="utf-8-sig" (or to a response)."""
    writer = csv.writer(stream)
    writer.writerow(_escaped(header))
    writer.writerows(_escaped(row) for row in rows)


def csv_bytes(header, rows) -> bytes:
    buffer = io.StringIO()
    write_csv(buffer, header, rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_response(filename: str, header, rows) -> HttpResponse:
    response = HttpResponse(csv_bytes(header, rows), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_bytes(sheets) -> bytes:
    """sheets: [(title, header, rows)] → an .xlsx workbook with a bold header row per sheet."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=str(title)[:31])
        # Escaped, no text cell starts with "=", so openpyxl stores none as a formula.
        sheet.append(_escaped(str(h) for h in header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(_escaped(row))
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename: str, sheets) -> HttpResponse:
    response = HttpResponse(xlsx_bytes(sheets), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def summary_table(content: dict):
    """The report's figures per area, and a total row: (header, rows)."""
    figures = content["figures"]
    goal_labels = [_("目標%(number)s") % {"number": goal["number"]} for goal in figures["goals"]]
    header = [
        _("まちづくりグループ"),
        _("活動数"),
        _("実施報告数"),
        _("参加者数（延べ）"),
        *goal_labels,
        *figures["common_themes"],
    ]
    rows = [
        [
            area["name"],
            area["events"],
            area["reports"],
            area["participants"],
            *area["goals"],
            *area["common_themes"],
        ]
        for area in figures["areas"]
    ]
    totals = figures["totals"]
    rows.append(
        [_("全体"), totals["events"], totals["reports"], totals["participants"]]
        + [""] * (len(goal_labels) + len(figures["common_themes"]))
    )
    return header, rows


def _local(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _names(objects) -> str:
    return "・".join(str(o) for o in objects)


def events_table(year: int):
    events = (
        Event.objects.for_year(year)
        .select_related("venue")
        .prefetch_related(
            Prefetch("area_groups", queryset=AreaGroup.objects.order_by("position")),
            "organizers",
            Prefetch("goals", queryset=Goal.objects.order_by("number")),
            "common_themes",
        )
        .order_by("starts_at", "pk")
    )
    header = [
        _("名称"),
        _("種類"),
        _("開始日時"),
        _("終了日時"),
        _("繰り返し"),
        _("開催状況"),
        _("公開状況"),
        _("まちづくりグループ"),
        _("主催・共催団体"),
        _("目標"),
        _("共通テーマ"),
        _("会場"),
    ]
    rows = (
        [
            e.title,
            e.get_kind_display(),
            _local(e.starts_at),
            _local(e.ends_at),
            e.get_recurrence_display() if e.recurrence else "",
            e.get_status_display(),
            e.get_publication_display(),
            _names(e.area_groups.all()),
            _names(e.organizers.all()),
            "・".join(str(g.number) for g in e.goals.all()),
            _names(t.name for t in e.common_themes.all()),
            e.venue.name if e.venue else "",
        ]
        for e in events
    )
    return header, rows


def activity_reports_table(year: int):
    activity_reports = (
        ActivityReport.objects.for_year(year)
        .select_related("event")
        .prefetch_related(
            Prefetch("event__area_groups", queryset=AreaGroup.objects.order_by("position"))
        )
        .order_by("held_on", "pk")
    )
    header = [
        _("実施日"),
        _("活動・イベント"),
        _("まちづくりグループ"),
        _("参加者数"),
        _("報告"),
        _("公開状況"),
    ]
    rows = (
        [
            r.held_on.isoformat(),
            r.event.title,
            _names(r.event.area_groups.all()),
            r.participants,
            r.summary,
            r.get_publication_display(),
        ]
        for r in activity_reports
    )
    return header, rows


def memberships_table(year: int):
    memberships = (
        Membership.objects.for_year(year)
        .select_related("area_group__municipality", "organization")
        .order_by("area_group__position", "area_group__municipality__code", "position", "pk")
    )
    header = [
        _("まちづくりグループ"),
        _("自治体"),
        _("生協・団体"),
        _("役割"),
        _("表示順"),
    ]
    rows = (
        [
            m.area_group.name,
            m.area_group.municipality.name,
            m.organization.name,
            m.get_role_display(),
            m.position,
        ]
        for m in memberships
    )
    return header, rows


DATA_TABLES = {
    "events": (gettext_lazy("活動・イベント"), events_table),
    "reports": (gettext_lazy("実施報告"), activity_reports_table),
    "memberships": (gettext_lazy("参加団体"), memberships_table),
}
