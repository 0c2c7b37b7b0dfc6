"""What the data adds beneath the booklet: per-area figures, from a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from areas.factories import (
    AreaGroupFactory,
    CharterFactory,
    CommonThemeFactory,
    GoalFactory,
    YearlyThemeFactory,
)
from areas.models import AreaGroup, AreaStatus, PublicationStatus
from booklet import services
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import EventStatus
from portal.demo.generator import generate

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_areas(db):
    charter = CharterFactory(fiscal_year=2023)
    goals = [GoalFactory(charter=charter, number=n) for n in (1, 2, 3)]
    common = CommonThemeFactory(fiscal_year=2023)
    north, south = AreaGroupFactory(name="北のまちづくり"), AreaGroupFactory(name="南のまちづくり")
    YearlyThemeFactory(area_group=north)
    YearlyThemeFactory(area_group=south)
    cafe = EventFactory(area_groups=[north])
    cafe.goals.set([goals[0]])
    joint = EventFactory(area_groups=[north, south], starts_at=local_datetime(2023, 10, 1, 10))
    joint.goals.set([goals[1]])
    joint.common_themes.set([common])
    ActivityReportFactory(event=cafe, participants=12)
    ActivityReportFactory(event=joint, participants=30)
    # Not counted: a cancelled event, a draft event, and a report of the next fiscal year.
    EventFactory(area_groups=[south], status=EventStatus.CANCELLED).goals.set([goals[2]])
    EventFactory(area_groups=[south], publication=PublicationStatus.DRAFT).goals.set([goals[2]])
    later = EventFactory(area_groups=[north], starts_at=local_datetime(2024, 4, 6, 10))
    ActivityReportFactory(event=later, held_on=datetime.date(2024, 4, 6), participants=99)
    return north, south


def figures_by_name(year=2023):
    return {a["name"]: a for a in services.build_report(year)["figures"]["areas"]}


def test_each_area_counts_its_events_reports_and_participants(two_areas):
    figures = figures_by_name()
    north, south = figures["北のまちづくり"], figures["南のまちづくり"]
    assert (north["events"], north["reports"], north["participants"]) == (2, 2, 42)
    assert (south["events"], south["reports"], south["participants"]) == (1, 1, 30)


def test_the_years_totals_count_a_joint_event_once(two_areas):
    totals = services.build_report(2023)["figures"]["totals"]
    assert totals == {"events": 2, "areas_with_events": 2, "reports": 2, "participants": 42}


def test_goals_and_common_themes_addressed_come_from_the_years_activities(two_areas):
    figures = figures_by_name()
    assert figures["北のまちづくり"]["goals_addressed"] == [1, 2]
    assert figures["北のまちづくり"]["themes_addressed"] == ["生活困窮者支援"]
    # The cancelled and the draft event addressed goal 3: it is a gap for the south.
    assert figures["南のまちづくり"]["goals"] == [0, 1, 0]


def test_the_figures_table_shows_on_the_page(admin_client, two_areas):
    html = admin_client.get("/reports/2023/").content.decode()
    assert 'id="figures"' in html
    assert "北のまちづくり" in html
    assert ">42<" in html


def test_the_report_takes_the_same_number_of_queries_with_ten_times_the_demo_data(demo):
    with CaptureQueriesContext(connection) as once:
        services.build_report(2023)
    demo_areas = len(services.build_report(2023)["areas"])
    generate(10)
    tokyo = AreaGroup.objects.in_prefecture("東京都")
    with CaptureQueriesContext(connection) as tenfold:
        report = services.build_report(2023)
    assert len(report["areas"]) == tokyo.active().count() > 5 * demo_areas
    assert len(report["promoting"]) == tokyo.filter(status=AreaStatus.PROMOTING).count()
    assert report["figures"]["totals"]["reports"] >= 100
    # 12 for the booklet and its figures, 3 for the わたまちプラン section, 2 for the
    # (default) network and its year's words.
    assert len(tenfold.captured_queries) == len(once.captured_queries) <= 17


def test_the_pages_query_counts_are_pinned_with_ten_times_the_demo_data(
    client, demo_tenfold, superuser, django_assert_max_num_queries
):
    services.publish(2023, superuser)
    with django_assert_max_num_queries(3):
        assert client.get("/reports/2023/").status_code == 200
    with django_assert_max_num_queries(2):
        assert client.get("/reports/").status_code == 200
    client.force_login(superuser)
    # Signed-in pages carry one more query: the 事務局's and superusers' two-factor check.
    # Three more than before editions: the network, its year's words for the booklet and
    # for the 事務局's panel.
    with django_assert_max_num_queries(24):
        assert client.get("/reports/2023/?draft=1").status_code == 200
    with django_assert_max_num_queries(33):
        assert client.get("/reports/2023/").status_code == 200
