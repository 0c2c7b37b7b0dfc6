"""The secretariat's dashboard: charts drawn on the server, each with a data table."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from areas.models import AreaGroup
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from portal.demo.generator import generate
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db


def test_every_chart_is_an_svg_illustration_beside_a_data_table(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    svgs = re.findall(r"<svg[^>]*>", html)
    assert len(svgs) >= 4
    assert all('aria-hidden="true"' in svg for svg in svgs)
    for table in ["by-area-table", "by-month-table", "area-month-table", "matrix"]:
        assert "<caption" in html.split(f'id="{table}"')[1].split("</table>")[0]
    assert "<script" not in html


def test_areas_by_events_reports_and_participants_appear_in_the_table(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    table = element_text(html, "by-area-table")
    assert "荒川区まちづくり" in table
    assert "足立区まちづくり" in table
    assert "166" in table  # 足立区's participants at the 区民まつり and its study session


def test_the_matrix_shows_the_gaps_between_areas_and_goals(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    row = html.split('<th scope="row">練馬区まちづくり</th>')[-1].split("</tr>")[0]
    # 練馬区's sample activity addressed goal 2 only: goals 1, 3 and the common theme are gaps.
    assert row.count('class="gap"') == 3
    assert row.count('class="covered"') == 1


def test_months_run_from_april_to_march(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    table = element_text(html, "by-month-table").splitlines()
    months = [line for line in table if re.fullmatch(r"\d+月", line)]
    assert months == [f"{m}月" for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]


def test_the_change_from_the_previous_year_is_shown(admin_client, demo):
    group = AreaGroup.objects.get(slug="arakawa")
    older = EventFactory(area_groups=[group], starts_at=local_datetime(2022, 6, 1, 10))
    ActivityReportFactory(event=older, participants=7)
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    kpis = element_text(html, "kpis")
    assert "前年度 7" in kpis  # participants in 2022年度


def test_organizations_are_ranked_by_the_number_of_areas_they_take_part_in(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    table = element_text(html, "organizations-table").splitlines()
    # コープみらい and 東都生協 are in all eight active groups.
    assert table[table.index("コープみらい") + 2] == "8"


def test_the_dashboard_query_count_stays_fixed_with_ten_times_the_data(admin_client, demo):
    admin_client.get("/reports/2023/dashboard/")
    with CaptureQueriesContext(connection) as once:
        admin_client.get("/reports/2023/dashboard/")
    generate(10)
    with CaptureQueriesContext(connection) as tenfold:
        response = admin_client.get("/reports/2023/dashboard/")
    assert response.status_code == 200
    # The network and its year's booklet words count two (booklet/edition_words.py).
    assert len(tenfold.captured_queries) == len(once.captured_queries) <= 32


def test_a_year_without_data_shows_zeros_not_an_error(admin_client, demo):
    response = admin_client.get("/reports/2010/dashboard/")
    assert response.status_code == 200
    # Nothing held yet; the groups' members carry over from the latest year that has any.
    assert element_text(response.content.decode(), "kpis").startswith("活動数\n0\n")


def test_the_monthly_cafe_counts_once_a_month_for_its_area(admin_client, demo):
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    table = html.split('id="area-occurrence-month-table"')[1].split("</table>")[0]
    row = table.split('<th scope="row">荒川区まちづくり</th>')[1].split("</tr>")[0]
    cells = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', row)]
    # 荒川コープカフェ meets on the third Saturday of every month (12), plus the September
    # study session on local welfare and the joint study session on 生活困窮者支援.
    assert len(cells) == 12
    assert all(n >= 1 for n in cells)
    assert cells[5] == 2  # September: the café and the study session
    assert sum(cells) == 14
