"""The coordinator's start page (/admin/): area by area, this year's theme, the next dates,
the sessions still without a report and the わたまち reviews due — each with its one link, for
their own areas only, in a fixed number of queries."""

import datetime

import pytest

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import ActivityReport, EventStatus, OccurrenceChange
from plans.factories import AreaPlanFactory
from portal import coordinator_home
from tests.adminforms import form_data
from tests.conftest import make_coordinator

pytestmark = pytest.mark.django_db

# The page's clock: a Wednesday in January of fiscal year 2026 (its last quarter).
NOW = local_datetime(2027, 1, 20, 12, 0)
YEAR = 2026
INDEX = "/admin/"
REPORT_ADD = "/admin/events/activityreport/add/"


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setattr(coordinator_home, "current_time", lambda: NOW)


def area(slug):
    return AreaGroup.objects.get(slug=slug)


@pytest.fixture
def arakawa_cafe(tokyo_areas):
    """荒川区's café on the third Saturday: Oct 17, Nov 21 (reported), Dec 19, Jan 16 are
    past; Feb 20, Mar 20, Apr 17, May 15, Jun 19, Jul 17… to come."""
    cafe = EventFactory(
        title="荒川コープカフェ",
        area_groups=[area("arakawa")],
        starts_at=local_datetime(2026, 10, 17, 13, 30),
        ends_at=local_datetime(2026, 10, 17, 15, 30),
        recurrence="monthly_weekday",
        recurrence_until=datetime.date(2027, 12, 31),
    )
    ActivityReportFactory(event=cafe, held_on=datetime.date(2026, 11, 21))
    return cafe


@pytest.fixture
def rows(arakawa_cafe):
    """Besides the café: a past study without report, a cancelled one, one of last fiscal
    year; 北区's own events, themes and plans."""
    arakawa, kita = area("arakawa"), area("kita")
    EventFactory(
        title="荒川の学習会",
        area_groups=[arakawa],
        starts_at=local_datetime(2026, 5, 10, 10, 0),
    )
    EventFactory(
        title="中止になった見学",
        area_groups=[arakawa],
        starts_at=local_datetime(2026, 6, 1, 10, 0),
        status=EventStatus.CANCELLED,
    )
    EventFactory(
        title="去年度の防災訓練",
        area_groups=[arakawa],
        starts_at=local_datetime(2026, 3, 15, 10, 0),
    )
    EventFactory(
        title="北区の秘密の学習会", area_groups=[kita], starts_at=local_datetime(2026, 12, 5, 10, 0)
    )
    EventFactory(
        title="北区のまち歩き", area_groups=[kita], starts_at=local_datetime(2027, 2, 1, 10, 0)
    )
    YearlyThemeFactory(
        area_group=arakawa,
        fiscal_year=YEAR,
        headline="荒川の下書き",
        publication=PublicationStatus.DRAFT,
    )
    YearlyThemeFactory(area_group=kita, fiscal_year=YEAR - 1, headline="北区の去年のテーマ")
    AreaPlanFactory(area_group=arakawa, title="荒川のわたまちプラン")
    AreaPlanFactory(area_group=kita, title="北区のわたまちプラン")


def page(client, user):
    client.force_login(user)
    response = client.get(INDEX)
    assert response.status_code == 200
    return response.content.decode()


def report_link(event, day):
    return f"{REPORT_ADD}?event={event.pk}&amp;held_on={day}"


def test_a_coordinator_sees_their_theme_draft_with_the_link_to_publish_it(
    client, coordinator_a, rows
):
    html = page(client, coordinator_a)
    theme = area("arakawa").themes.get(fiscal_year=YEAR)
    assert "荒川区まちづくり" in html
    assert "2026年度の取り組みテーマ" in html
    assert "荒川の下書き" in html
    assert f'href="/admin/areas/yearlytheme/{theme.pk}/change/">確認して公開する' in html


def test_the_next_five_dates_are_listed_each_with_its_edit_link(
    client, coordinator_a, rows, arakawa_cafe
):
    html = page(client, coordinator_a)
    for day in ["2027年2月20日(土)", "2027年3月20日(土)", "2027年4月17日(土)", "2027年6月19日(土)"]:
        assert day in html
    assert "2027年7月17日(土)" not in html  # the sixth
    assert html.count(f'href="/admin/events/event/{arakawa_cafe.pk}/change/"') == 5


def test_past_sessions_without_a_report_each_get_a_report_link(
    client, coordinator_a, rows, arakawa_cafe
):
    html = page(client, coordinator_a)
    assert report_link(arakawa_cafe, "2027-01-16") in html
    assert report_link(arakawa_cafe, "2026-12-19") in html
    assert report_link(arakawa_cafe, "2026-10-17") in html
    assert report_link(arakawa_cafe, "2026-11-21") not in html  # reported
    assert "荒川の学習会" in html
    assert "中止になった見学" not in html  # cancelled: nothing to report
    assert "去年度の防災訓練" not in html  # last fiscal year
    assert html.index("2027-01-16") < html.index("2026-12-19")  # newest first


def test_a_due_plan_review_is_listed_with_the_link_to_record_it(client, coordinator_a, rows):
    html = page(client, coordinator_a)
    plan = area("arakawa").plans.get()
    assert "荒川のわたまちプラン" in html
    assert f'href="/admin/plans/planreview/add/?plan={plan.pk}"' in html
    assert "北区のわたまちプラン" not in html


def test_a_coordinator_never_sees_another_areas_rows(client, coordinator_a, rows):
    html = page(client, coordinator_a)
    assert "北区まちづくり" not in html
    assert "北区の秘密の学習会" not in html
    assert "北区のまち歩き" not in html
    assert "北区の去年のテーマ" not in html


def test_a_coordinator_of_two_areas_sees_both_with_their_own_links(client, rows, django_user_model):
    both = make_coordinator(django_user_model, "both", "arakawa", "kita")
    html = page(client, both)
    kita = area("kita")
    assert "荒川区まちづくり" in html and "北区まちづくり" in html
    assert "北区の秘密の学習会" in html and "北区のまち歩き" in html
    add = "/admin/areas/yearlytheme/add/"
    copy = f"{add}?area_group={kita.pk}&amp;fiscal_year={YEAR}&amp;copy=previous"
    assert f'href="{copy}">前年度からコピーして今年度のテーマを作る' in html


def test_a_new_area_without_any_theme_is_offered_a_blank_one(client, coordinator_b, tokyo_areas):
    html = page(client, coordinator_b)
    add = f"/admin/areas/yearlytheme/add/?area_group={area('kita').pk}&amp;fiscal_year={YEAR}"
    assert f'href="{add}">今年度のテーマを作る' in html
    assert "予定されている活動はありません" in html


def test_a_published_theme_links_to_its_page_and_next_years_is_offered_in_january(
    client, coordinator_a, tokyo_areas
):
    YearlyThemeFactory(
        area_group=area("arakawa"), fiscal_year=YEAR, publication=PublicationStatus.PUBLISHED
    )
    html = page(client, coordinator_a)
    assert f'href="/areas/arakawa/{YEAR}/">公開中のページを見る' in html
    assert f"fiscal_year={YEAR + 1}&amp;copy=previous" in html
    assert "来年度のテーマを作る" in html


def test_the_secretariat_keeps_the_usual_front_page(client, secretariat, rows):
    html = page(client, secretariat)
    assert 'id="start-page"' not in html
    assert "すべての項目" not in html
    assert "荒川のわたまちプラン" in html and "北区のわたまちプラン" in html  # overdue warnings


def test_the_model_list_follows_under_its_own_heading(client, coordinator_a, rows):
    html = page(client, coordinator_a)
    assert html.index('id="start-page"') < html.index("すべての項目") < html.index("content-main")


def more_rows(count):
    """Another `count` events of each area, each with a past date lacking its report and a
    reported one, and a plan each: an N+1 would show in the query count."""
    for slug in ["arakawa", "kita"]:
        for n in range(count):
            event = EventFactory(
                title=f"{slug}の追加{n}",
                area_groups=[area(slug)],
                starts_at=local_datetime(2026, 7, 1 + n, 10, 0),
                ends_at=local_datetime(2026, 7, 1 + n, 12, 0),
                recurrence="weekly",
                recurrence_until=datetime.date(2027, 3, 31),
            )
            ActivityReportFactory(event=event, held_on=datetime.date(2026, 7, 1 + n))


def test_the_page_runs_a_fixed_number_of_queries(
    client, rows, django_user_model, django_assert_num_queries
):
    both = make_coordinator(django_user_model, "both", "arakawa", "kita")
    client.force_login(both)
    client.get(INDEX)
    # Session, user, the 事務局 check, the app list's two permission reads, the recent
    # actions; the start page: groups, themes, events, their groups, reports, plans.
    with django_assert_num_queries(12):
        client.get(INDEX)
    more_rows(4)
    with django_assert_num_queries(12):
        assert "arakawaの追加3" in client.get(INDEX).content.decode()


# --- the report add form the links open ----------------------------------------------


def test_the_report_link_opens_the_form_with_event_and_date_filled_in(
    client, coordinator_a, rows, arakawa_cafe
):
    client.force_login(coordinator_a)
    response = client.get(REPORT_ADD, {"event": arakawa_cafe.pk, "held_on": "2027-01-16"})
    form = response.context["adminform"].form
    assert form["event"].initial == arakawa_cafe.pk
    assert form["held_on"].initial == datetime.date(2027, 1, 16)
    assert "荒川コープカフェ" in response.content.decode()
    data = form_data(response, "activityreport_form", participants="12", summary="楽しく話した")
    assert client.post(REPORT_ADD, data).status_code == 302
    assert ActivityReport.objects.filter(
        event=arakawa_cafe, held_on=datetime.date(2027, 1, 16)
    ).exists()
    assert report_link(arakawa_cafe, "2027-01-16") not in page(client, coordinator_a)


def test_another_areas_event_in_the_report_link_prefills_nothing(client, coordinator_b, rows):
    client.force_login(coordinator_b)
    cafe = rows_event("荒川コープカフェ")
    response = client.get(REPORT_ADD, {"event": cafe.pk, "held_on": "2027-01-16"})
    assert response.status_code == 200
    assert response.context["adminform"].form["event"].initial is None
    assert "荒川コープカフェ" not in response.content.decode()


@pytest.mark.parametrize(
    "event, held_on", [("abc", "x"), ("99999999999999999999", "2027-13-45"), ("1\x00", "\x00")]
)
def test_a_malformed_report_link_gives_an_empty_form_not_an_error(
    client, coordinator_a, rows, event, held_on
):
    client.force_login(coordinator_a)
    client.raise_request_exception = True
    response = client.get(REPORT_ADD, {"event": event, "held_on": held_on})
    assert response.status_code == 200


def rows_event(title):
    from events.models import Event

    return Event.objects.get(title=title)


# --- one date cancelled or moved, and draft reports ----------------------------------


def test_a_cancelled_date_asks_for_no_report_and_a_moved_one_for_its_new_day(
    client, coordinator_a, rows, arakawa_cafe
):
    OccurrenceChange.objects.create(
        event=arakawa_cafe, original_date=datetime.date(2026, 12, 19), action="cancelled"
    )
    OccurrenceChange.objects.create(
        event=arakawa_cafe,
        original_date=datetime.date(2027, 1, 16),
        action="moved",
        starts_at=local_datetime(2027, 1, 17, 13, 30),
        ends_at=local_datetime(2027, 1, 17, 15, 30),
    )
    html = page(client, coordinator_a)
    assert report_link(arakawa_cafe, "2026-12-19") not in html
    assert report_link(arakawa_cafe, "2027-01-16") not in html
    assert report_link(arakawa_cafe, "2027-01-17") in html


def test_a_draft_report_is_offered_for_publishing_not_written_again(
    client, coordinator_a, rows, arakawa_cafe
):
    draft = ActivityReportFactory(
        event=arakawa_cafe,
        held_on=datetime.date(2026, 12, 19),
        publication=PublicationStatus.DRAFT,
    )
    html = page(client, coordinator_a)
    assert report_link(arakawa_cafe, "2026-12-19") not in html
    assert f'href="/admin/events/activityreport/{draft.pk}/change/"' in html
    assert "下書きの報告を確認して公開する" in html


def test_date_changes_cost_the_page_one_query_however_many_series_have_them(
    client, rows, arakawa_cafe, django_user_model, django_assert_num_queries
):
    both = make_coordinator(django_user_model, "both", "arakawa", "kita")
    client.force_login(both)
    for n, slug in enumerate(["arakawa", "kita", "arakawa", "kita"]):
        series = EventFactory(
            title=f"{slug}の月例会{n}",
            area_groups=[area(slug)],
            starts_at=local_datetime(2026, 10, 3, 10, 0),
            ends_at=local_datetime(2026, 10, 3, 12, 0),
            recurrence="monthly_weekday",
            recurrence_until=datetime.date(2027, 12, 31),
        )
        OccurrenceChange.objects.create(
            event=series, original_date=datetime.date(2026, 11, 7), action="cancelled"
        )
    client.get(INDEX)
    with django_assert_num_queries(13):
        assert "arakawaの月例会2" in client.get(INDEX).content.decode()


def test_the_start_page_links_to_the_guide(client, coordinator_a, rows):
    html = page(client, coordinator_a)
    assert 'class="guide-link"><a href="/admin/help/"' in html


def test_the_next_dates_mark_a_cancelled_one_and_a_new_event_is_one_link_away(
    client, coordinator_a, rows, arakawa_cafe
):
    OccurrenceChange.objects.create(
        event=arakawa_cafe, original_date=datetime.date(2027, 2, 20), action="cancelled"
    )
    html = page(client, coordinator_a)
    upcoming = html[html.index('class="todo upcoming"') :]
    assert "2027年2月20日" in upcoming.split("</li>")[0]
    assert "（この日は中止）" in upcoming.split("</li>")[0]
    assert 'class="do" href="/admin/events/event/add/">新しい活動を登録する' in html


def test_a_joint_event_with_another_area_offers_no_edit_or_report_link(client, coordinator_a, rows):
    joint = EventFactory(
        title="荒川と北区の合同学習会",
        area_groups=[area("arakawa"), area("kita")],
        starts_at=local_datetime(2026, 9, 6, 10, 0),
        ends_at=local_datetime(2026, 9, 6, 12, 0),
        recurrence="monthly_weekday",
        recurrence_until=datetime.date(2027, 6, 30),
    )
    html = page(client, coordinator_a)
    assert "荒川と北区の合同学習会" in html
    assert f"/admin/events/event/{joint.pk}/change/" not in html
    assert f"?event={joint.pk}&amp;" not in html
    assert "ほかの地域との合同の活動です（事務局が編集します）" in html
