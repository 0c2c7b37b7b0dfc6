"""No text cell of a CSV or XLSX export is run as a formula by a spreadsheet (OWASP CSV
injection): a cell that starts with = + - @ or a tab or carriage return gets a leading
quote; numbers stay numbers."""

import csv
import io

import pytest
from openpyxl import load_workbook

from areas.models import AreaGroup
from booklet import services
from booklet.exports import escape_formula
from events.factories import ActivityReportFactory, EventFactory

pytestmark = pytest.mark.django_db

TITLES = ['=HYPERLINK("http://evil.example","x")', "@SUM(1+1)", "-2+3"]


def csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_rows(content: bytes):
    sheet = load_workbook(io.BytesIO(content)).active
    return [list(row) for row in sheet.iter_rows()]


@pytest.fixture
def hostile_events(db):
    return [
        ActivityReportFactory(event=EventFactory(title=title), participants=12 + n)
        for n, title in enumerate(TITLES)
    ]


@pytest.fixture
def secretariat_client(client, secretariat):
    client.force_login(secretariat)
    return client


@pytest.mark.parametrize("kind", ["events", "reports"])
def test_the_secretariats_csv_export_quotes_every_title_a_spreadsheet_would_run(
    secretariat_client, hostile_events, kind
):
    response = secretariat_client.get(f"/reports/2023/export/{kind}.csv")
    assert response.status_code == 200
    cells = [cell for row in csv_rows(response.content) for cell in row]
    for title in TITLES:
        assert title not in cells
        assert f"'{title}" in cells


@pytest.mark.parametrize("kind", ["events", "reports"])
def test_the_secretariats_xlsx_export_stores_those_titles_as_plain_text(
    secretariat_client, hostile_events, kind
):
    response = secretariat_client.get(f"/reports/2023/export/{kind}.xlsx")
    assert response.status_code == 200
    cells = {cell.value: cell for row in xlsx_rows(response.content) for cell in row}
    for title in TITLES:
        cell = cells[f"'{title}"]
        assert cell.data_type != "f"
        assert cell.value.startswith("'")
    assert not any(cell.data_type == "f" for cell in cells.values())


def test_participant_counts_stay_numbers_in_the_xlsx_and_unquoted_in_the_csv(
    secretariat_client, hostile_events
):
    rows = xlsx_rows(secretariat_client.get("/reports/2023/export/reports.xlsx").content)
    counts = [row[3] for row in rows[1:]]
    assert [c.value for c in counts] == [12, 13, 14]
    assert all(c.data_type == "n" for c in counts)
    csv_counts = [
        row[3]
        for row in csv_rows(secretariat_client.get("/reports/2023/export/reports.csv").content)[1:]
    ]
    assert csv_counts == ["12", "13", "14"]


def test_the_public_summary_quotes_a_group_name_that_looks_like_a_formula(client, demo, superuser):
    AreaGroup.objects.filter(slug="arakawa").update(name="=1+2")
    services.publish(2023, superuser)
    rows = csv_rows(client.get("/reports/2023.csv").content)
    assert "'=1+2" in [row[0] for row in rows]
    sheet_rows = xlsx_rows(client.get("/reports/2023.xlsx").content)
    arakawa = next(row for row in sheet_rows if row[0].value == "'=1+2")
    assert arakawa[0].data_type != "f"
    assert all(cell.data_type == "n" for cell in arakawa[1:4])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+2", "'＝1+2"),
        ("荒川コープカフェ", "荒川コープカフェ"),
        ("", ""),
        (-2, -2),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_only_text_that_starts_like_a_formula_is_escaped(value, expected):
    assert escape_formula(value) == expected
