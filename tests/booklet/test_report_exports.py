"""CSV (UTF-8 with BOM) and XLSX exports open with their Japanese intact."""

import csv
import io

import pytest
from openpyxl import load_workbook

from areas.models import PublicationStatus
from events.models import ActivityReport

pytestmark = pytest.mark.django_db


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_xlsx(content: bytes):
    return load_workbook(io.BytesIO(content), read_only=True)


def test_the_summary_csv_lists_each_area_with_its_figures(client, published_2023):
    response = client.get("/reports/2023.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="machizukuri-summary-2023.csv"' in response["Content-Disposition"]
    rows = read_csv(response.content)
    assert rows[0][:4] == ["まちづくりグループ", "活動数", "実施報告数", "参加者数（延べ）"]
    assert "目標1" in rows[0]
    assert "生活困窮者支援" in rows[0]
    names = [row[0] for row in rows[1:]]
    assert names[0] == "荒川区まちづくり"
    assert "生協のまちづくり☆八王子" in names
    assert rows[-1][0] == "全体"
    adachi = next(row for row in rows if row[0] == "足立区まちづくり")
    assert adachi[3] == "166"


def test_the_summary_xlsx_has_the_same_figures(client, published_2023):
    response = client.get("/reports/2023.xlsx")
    assert response.status_code == 200
    sheet = read_xlsx(response.content).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "まちづくりグループ"
    assert rows[1][0] == "荒川区まちづくり"
    adachi = next(row for row in rows if row[0] == "足立区まちづくり")
    assert adachi[3] == 166


def test_the_summary_of_an_unpublished_year_is_not_public(client, unpublished_demo):
    assert client.get("/reports/2023.csv").status_code == 404
    assert client.get("/reports/2023.xlsx").status_code == 404


def test_staff_export_the_years_events_as_csv(admin_client, demo):
    response = admin_client.get("/reports/2023/export/events.csv")
    assert response.status_code == 200
    rows = read_csv(response.content)
    assert rows[0][:3] == ["名称", "種類", "開始日時"]
    cafe = next(row for row in rows if row[0] == "荒川コープカフェ")
    assert cafe[1] == "カフェ・居場所"
    assert cafe[7] == "荒川区まちづくり"
    assert "荒川区社会福祉協議会" in cafe[8]


def test_staff_export_the_years_reports_and_memberships_as_xlsx(admin_client, demo):
    reports = read_xlsx(admin_client.get("/reports/2023/export/reports.xlsx").content).active
    rows = list(reports.iter_rows(values_only=True))
    assert reports.title == "実施報告"
    header = ("実施日", "活動・イベント", "まちづくりグループ", "参加者数", "報告", "公開状況")
    assert rows[0] == header
    assert any(row[1] == "防災まち歩き" and row[3] == 19 and row[5] == "公開" for row in rows)

    members = read_xlsx(admin_client.get("/reports/2023/export/memberships.xlsx").content).active
    rows = list(members.iter_rows(values_only=True))
    arakawa = [row[2] for row in rows if row[0] == "荒川区まちづくり"]
    assert arakawa[0] == "コープみらい"
    assert arakawa[-1] == "東尾久地域包括支援センター"


def test_memberships_csv_keeps_the_booklets_order(admin_client, demo):
    rows = read_csv(admin_client.get("/reports/2023/export/memberships.csv").content)
    kita = [row[2] for row in rows if row[0] == "北区まちづくり"]
    assert kita == [
        "コープみらい",
        "パルシステム東京",
        "東都生協",
        "生活クラブ生協",
        "東京ふれあい医療生協",
        "東京はくと医療生協",
        "北区社会福祉協議会",
    ]


def test_an_unknown_export_is_not_found(admin_client, demo):
    assert admin_client.get("/reports/2023/export/passwords.csv").status_code == 404
    assert admin_client.get("/reports/2023/export/events.exe").status_code == 404


def test_a_draft_report_is_marked_as_such_in_the_staff_export(admin_client, demo):
    report = ActivityReport.objects.for_year(2023).order_by("held_on", "pk").first()
    report.publication = PublicationStatus.DRAFT
    report.save()
    rows = read_csv(admin_client.get("/reports/2023/export/reports.csv").content)
    assert rows[1][0] == report.held_on.isoformat() and rows[1][5] == "下書き"
