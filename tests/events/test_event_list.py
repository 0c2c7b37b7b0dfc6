import datetime

import pytest
from django.utils import timezone

from areas.factories import AreaGroupFactory, CommonThemeFactory, GoalFactory
from coops.factories import OrganizationFactory
from events.factories import EventFactory, local_datetime
from events.models import EventKind, Recurrence

pytestmark = pytest.mark.django_db


def soon(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return local_datetime(day.year, day.month, day.day, hour, 0)


def titles(response):
    return [o.event.title for o in response.context["page"].object_list]


@pytest.fixture
def two_areas(db):
    north = AreaGroupFactory(slug="north", name="北のまちづくり")
    south = AreaGroupFactory(slug="south", name="南のまちづくり")
    coop = OrganizationFactory(slug="green-coop", name="みどり生協")
    goal = GoalFactory(number=1, text="地域を知る")
    theme = CommonThemeFactory(fiscal_year=2023, name="生活困窮者支援")
    a = EventFactory(
        title="北の子ども食堂カフェ", starts_at=soon(3), area_groups=[north], kind=EventKind.CAFE
    )
    a.organizers.add(coop)
    a.goals.add(goal)
    b = EventFactory(
        title="南の防災学習会",
        starts_at=soon(5),
        area_groups=[south],
        kind=EventKind.STUDY,
        description="備蓄について学びます",
    )
    b.common_themes.add(theme)
    return {"north": north, "south": south, "coop": coop, "goal": goal, "theme": theme}


def test_event_list_shows_upcoming_events_in_date_order(client, two_areas):
    assert titles(client.get("/events/")) == ["北の子ども食堂カフェ", "南の防災学習会"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("area=north", ["北の子ども食堂カフェ"]),
        ("organization=green-coop", ["北の子ども食堂カフェ"]),
        ("kind=study", ["南の防災学習会"]),
        ("q=子ども食堂", ["北の子ども食堂カフェ"]),
        ("q=備蓄", ["南の防災学習会"]),
        ("q=防災 学習", ["南の防災学習会"]),
    ],
)
def test_event_list_filters(client, two_areas, query, expected):
    assert titles(client.get(f"/events/?{query}")) == expected


def test_event_list_filters_by_goal_and_common_theme(client, two_areas):
    goal, theme = two_areas["goal"], two_areas["theme"]
    assert titles(client.get(f"/events/?goal={goal.pk}")) == ["北の子ども食堂カフェ"]
    assert titles(client.get(f"/events/?common_theme={theme.pk}")) == ["南の防災学習会"]


def test_event_list_date_range_shows_past_events(client, db):
    EventFactory(title="昔の学習会", starts_at=local_datetime(2023, 9, 9, 10))
    response = client.get("/events/?date_from=2023-09-01&date_to=2023-09-30")
    assert titles(response) == ["昔の学習会"]
    assert "昔の学習会" not in client.get("/events/").content.decode()


def test_a_monthly_event_is_listed_once_per_occurrence(client, db):
    EventFactory(
        title="毎月のカフェ",
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2023, 9, 30),
    )
    response = client.get("/events/?date_from=2023-04-01&date_to=2023-09-30")
    dates = [o.date for o in response.context["page"].object_list]
    assert dates == [
        datetime.date(2023, 4, 15),
        datetime.date(2023, 5, 20),
        datetime.date(2023, 6, 17),
        datetime.date(2023, 7, 15),
        datetime.date(2023, 8, 19),
        datetime.date(2023, 9, 16),
    ]


def test_draft_events_are_not_listed(client, db):
    EventFactory(title="下書き", starts_at=soon(2), publication="draft")
    assert titles(client.get("/events/")) == []


def test_cancelled_events_are_listed_and_marked(client, db):
    EventFactory(title="雨で中止のまち歩き", starts_at=soon(2), status="cancelled")
    html = client.get("/events/").content.decode()
    assert "雨で中止のまち歩き" in html
    assert 'badge badge-cancelled">中止' in html


@pytest.mark.parametrize(
    "query",
    [
        "area=no-such-area",
        "organization=%E2%80%A6",
        "kind=party",
        "goal=abc",
        "goal=999999",
        "common_theme=-1",
        "date_from=2023-13-45",
        "date_from=yesterday&date_to=2023-02-30",
        "date_from=0001-01-01",
        "date_to=9999-12-31",
        "date_from=2024-01-01&date_to=2023-01-01",
        "area=%00",
        "q=%00",
    ],
)
def test_bad_filters_give_the_normal_page_with_a_message(client, two_areas, query):
    response = client.get(f"/events/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "正しく読み取れない条件があったため、その条件を外して表示しています。" in html
    assert 'class="field-error"' in html


@pytest.mark.parametrize(
    "query",
    ["page=999", "page=-3", "page=abc", "per_page=100000", "per_page=x", "page=1&page=2"],
)
def test_bad_paging_gives_a_normal_page(client, two_areas, query):
    response = client.get(f"/events/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == {"北の子ども食堂カフェ", "南の防災学習会"}


def test_repeated_parameters_use_one_value(client, two_areas):
    response = client.get("/events/?area=south&area=north")
    assert response.status_code == 200
    assert len(titles(response)) == 1


def test_pagination_keeps_the_filters(client, db):
    group = AreaGroupFactory(slug="busy")
    for day in range(25):
        EventFactory(starts_at=soon(day + 1), area_groups=[group])
    response = client.get("/events/?area=busy")
    assert len(titles(response)) == 20
    html = response.content.decode()
    assert "?area=busy&amp;page=2" in html
    assert len(titles(client.get("/events/?area=busy&page=2"))) == 5
    assert len(titles(client.get("/events/?area=busy&per_page=50"))) == 25


def test_english_event_list(client, two_areas):
    html = client.get("/en/events/?area=no-such-area").content.decode()
    assert "<h1>Events</h1>" in html
    assert "could not be read" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "area=arakawa&kind=cafe&q=カフェ",
        "date_from=2023-04-01&date_to=2025-03-31&per_page=100&page=3",
        "organization=coop-mirai&goal=1&common_theme=1",
    ],
)
def test_event_list_runs_a_fixed_number_of_queries(
    client, bulk, query, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        assert client.get(f"/events/?{query}").status_code == 200


def test_past_activities_link_lists_the_last_year(client, db):
    EventFactory(title="先月の学習会", starts_at=soon(-30))
    EventFactory(title="来週の学習会", starts_at=soon(7))
    response = client.get("/events/")
    past = response.context["past_query"]
    assert f'href="{past}"' in response.content.decode()
    assert titles(client.get(f"/events/{past}")) == ["先月の学習会"]
