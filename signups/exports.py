"""The list of one event date's sign-ups as CSV for the coordinator (UTF-8 with a BOM, which
Excel needs for Japanese). No cell may run as a formula: a name typed by anyone reaches a
spreadsheet, so text starting with = + - @ (or their full-width forms), a tab or a CR is
quoted."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def signups_csv(signups) -> HttpResponse:
    header = [
        _("活動"),
        _("開催日"),
        _("状態"),
        _("お名前"),
        _("人数"),
        _("メールアドレス"),
        _("電話番号"),
        _("連絡事項"),
        _("受付方法"),
        _("申し込み日時"),
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for s in signups:
        row = [
            s.event.title,
            s.occurrence_date.isoformat(),
            s.get_status_display(),
            s.name,
            s.party_size,
            s.email,
            s.phone,
            s.note,
            s.get_source_display(),
            timezone.localtime(s.created_at).strftime("%Y-%m-%d %H:%M"),
        ]
        writer.writerow([_cell(str(v) if not isinstance(v, int) else v) for v in row])
    response = HttpResponse(
        buffer.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="signups.csv"'
    return response
