"""Year semantics of the booklet and the dashboard: which groups a year has, what they count.

A year lists its network's groups as they were that year: the active ones (with or without a
theme: テーマ未登録), the 設置推進 ones of that year; members carry over until changed;
sessions count each occurrence held; every table's total is the sum of its rows; KPIs, tables
and charts tell the same story.
"""

import datetime

import pytest

from areas.factories import (
    AreaGroupFactory,
    MembershipFactory,
    NetworkFactory,
    YearlyThemeFactory,
)
from areas.models import AreaGroup, AreaStatus, Goal
from booklet.dashboard import build_dashboard
from booklet.services import build_report
from core.fiscal_year import current_fiscal_year
from events.factories import EventFactory, local_datetime
from events.models import Recurrence
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db


def kpi(dashboard, label):
    return next(k["value"] for k in dashboard["kpis"] if k["label"] == label)


def test_the_saitama_example_is_not_counted_in_tokyos_dashboard(demo):
    year = current_fiscal_year()
    dashboard = build_dashboard(year)
    assert all(a["slug"] != "kawaguchi-watamachi" for a in dashboard["areas"])
    assert all(o["organization__name"] != "生活クラブ生協埼玉" for o in dashboard["organizations"])
    # The Saitama gatherings of 2025年度 are not Tokyo's sessions.
    tokyo_2025 = build_dashboard(2025)
    assert all(a["slug"] != "kawaguchi-watamachi" for a in tokyo_2025["areas"])
    assert kpi(tokyo_2025, "活動数") == 12  # 荒川コープカフェ, monthly: Tokyo's only sessions


def test_the_other_networks_dashboard_counts_its_own_groups_only(demo):
    from areas.models import Network

    saitama = Network.objects.get(slug="saitama-watamachi")
    dashboard = build_dashboard(2025, network=saitama)
    assert [a["slug"] for a in dashboard["areas"]] == ["kawaguchi-watamachi"]
    assert kpi(dashboard, "活動数") == 6


def test_an_active_group_without_the_years_theme_is_in_the_draft_as_theme_not_registered(
    client, secretariat, demo
):
    year = current_fiscal_year()
    areas = {a["slug"]: a for a in build_report(year)["areas"]}
    assert len(areas) == 8  # Tokyo's eight active groups, none with a theme of the year yet
    assert areas["kita"]["text"] == ""
    client.force_login(secretariat)
    html = client.get(f"/reports/{year}/?draft=1").content.decode()
    assert "北区まちづくり" in element_text(html, "areas")
    dashboard = client.get(f"/reports/{year}/dashboard/").content.decode()
    row = element_text(dashboard, "status-kita")
    assert "テーマ未登録" in row


def test_the_promoting_municipalities_are_those_of_the_year(demo):
    year = current_fiscal_year()
    # 豊島区 was 設置推進 in 2023年度 and is active now, with members of its own.
    toshima = AreaGroup.objects.get(slug="toshima")
    toshima.status = AreaStatus.ACTIVE
    toshima.save()
    MembershipFactory(area_group=toshima, fiscal_year=year)
    # A municipality that started 設置推進 this year was not one in 2023年度.
    newcomer = AreaGroupFactory(
        name="新しい設置推進", status=AreaStatus.PROMOTING, network=toshima.network
    )
    report_2023 = build_report(2023)
    assert "toshima" in [p["slug"] for p in report_2023["promoting"]]
    assert "toshima" not in [a["slug"] for a in report_2023["areas"]]
    assert newcomer.slug not in [p["slug"] for p in report_2023["promoting"]]
    now = build_report(year)
    assert "toshima" in [a["slug"] for a in now["areas"]]
    promoting_now = [p["slug"] for p in now["promoting"]]
    assert "toshima" not in promoting_now
    assert newcomer.slug in promoting_now
    assert "katsushika" in promoting_now  # still 設置推進, its theme of the year not written yet


def test_every_table_total_is_the_sum_of_its_rows(admin_client, demo):
    dashboard = build_dashboard(2023)
    areas, total = dashboard["areas"], dashboard["area_total"]
    for key in ("events", "reports", "participants", "previous_events"):
        assert total[key] == sum(a[key] for a in areas), key
    months = dashboard["months"]
    for key in ("occurrences", "reports", "participants"):
        assert dashboard["month_total"][key] == sum(m[key] for m in months), key
    report = build_report(2023)
    figures = report["figures"]
    for key in ("events", "reports", "participants"):
        assert figures["area_total"][key] == sum(a[key] for a in figures["areas"])
    html = admin_client.get("/reports/2023/dashboard/").content.decode()
    assert element_text(html, "by-area-total").split() == [
        "合計",
        str(total["events"]),
        str(total["previous_events"]),
        str(total["reports"]),
        str(total["participants"]),
    ]


def test_a_monthly_cafe_held_twelve_times_counts_twelve_sessions(db):
    group = AreaGroupFactory()
    YearlyThemeFactory(area_group=group, fiscal_year=2023)
    EventFactory(
        area_groups=[group],
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
    )
    figures = build_report(2023)["figures"]
    assert figures["areas"][0]["events"] == 12
    assert figures["totals"]["events"] == 12
    assert kpi(build_dashboard(2023), "活動数") == 12


def test_sessions_not_yet_held_are_not_counted(db):
    group = AreaGroupFactory()
    year = current_fiscal_year()
    tomorrow = datetime.datetime.now().astimezone() + datetime.timedelta(days=1)
    EventFactory(area_groups=[group], starts_at=tomorrow)
    assert build_report(year)["figures"]["areas"][0]["events"] == 0


def test_kpis_tables_and_charts_agree(demo):
    year = current_fiscal_year()
    dashboard = build_dashboard(year)
    charted = [(bar.label, bar.value) for bar in dashboard["charts"]["areas"].bars]
    tabled = [(a["name"], a["events"]) for a in dashboard["areas"]]
    assert charted == tabled
    assert len(tabled) == 8
    with_sessions = sum(1 for _name, n in tabled if n)
    assert kpi(dashboard, "活動のあったグループ") == with_sessions
    sessions = sum(m["occurrences"] for m in dashboard["months"])
    assert kpi(dashboard, "活動数") == sessions
    assert kpi(dashboard, "実施報告") == sum(m["reports"] for m in dashboard["months"])


def test_the_goals_of_a_carried_charter_are_addressed_by_the_years_activities(client, demo):
    """This year has no charter of its own: 2023年度's is in force, and this year's
    activities and themes link its goals."""
    year = current_fiscal_year()
    report = build_report(year)
    assert report["charter"]["fiscal_year"] == 2023
    figures = {a["slug"]: a for a in report["figures"]["areas"]}
    # 北区's 防災講座 this year addresses goal 1, and the joint study session goals 1 and 2.
    assert figures["kita"]["goals_addressed"] == [1, 2]
    row = next(a for a in build_dashboard(year)["areas"] if a["slug"] == "kita")
    assert row["goals"][:2] != [0, 0]
    theme = YearlyThemeFactory(area_group=AreaGroup.objects.get(slug="kita"), fiscal_year=year)
    theme.goals.set(Goal.objects.filter(charter__fiscal_year=2023, number=3))
    html = client.get(f"/charter/?year={year}").content.decode()
    goal_three = html.split('id="goal-3"')[1].split("</article>")[0]
    assert "北区まちづくり" in goal_three


def test_members_carry_over_into_the_booklet_of_a_year_without_its_own(db):
    group = AreaGroupFactory()
    MembershipFactory(area_group=group, fiscal_year=2023, organization__name="コープA")
    YearlyThemeFactory(area_group=group, fiscal_year=2025)
    assert [m["name"] for m in build_report(2025)["areas"][0]["members"]] == ["コープA"]
    MembershipFactory(area_group=group, fiscal_year=2025, organization__name="コープB")
    assert [m["name"] for m in build_report(2025)["areas"][0]["members"]] == ["コープB"]


def test_a_group_of_another_network_never_appears(db):
    AreaGroupFactory(network=NetworkFactory(slug="elsewhere"))
    report = build_report(current_fiscal_year())
    assert report["areas"] == []
