import datetime

import pytest

from events.factories import EventFactory, local_datetime
from events.models import Recurrence

pytestmark = pytest.mark.django_db


def test_month_calendar_shows_each_occurrence_of_a_monthly_event(client, db):
    EventFactory(
        title="毎月のカフェ",
        starts_at=local_datetime(2023, 4, 15, 13, 30),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2023, 12, 31),
    )
    response = client.get("/events/calendar/2023/6/")
    assert response.status_code == 200
    days = [o.date for o in response.context["month_occurrences"]]
    assert days == [datetime.date(2023, 6, 17)]
    html = response.content.decode()
    assert "2023年6月の活動カレンダー" in html
    assert "13:30 毎月のカフェ" in html


def test_calendar_links_to_the_previous_and_next_month(client, db):
    html = client.get("/events/calendar/2023/1/").content.decode()
    assert 'href="/events/calendar/2022/12/"' in html
    assert 'href="/events/calendar/2023/2/"' in html


def test_calendar_keeps_the_area_filter(client, db):
    html = client.get("/events/calendar/2023/1/?area=arakawa").content.decode()
    assert 'href="/events/calendar/2023/2/?area=arakawa"' in html


@pytest.mark.parametrize(
    "url", ["/events/calendar/2023/13/", "/events/calendar/2023/0/", "/events/calendar/99999/1/"]
)
def test_impossible_months_are_404(client, db, url):
    assert client.get(url).status_code == 404


def test_calendar_with_a_bad_filter_still_renders(client, db):
    response = client.get("/events/calendar/2023/6/?area=nowhere")
    assert response.status_code == 200


def test_english_calendar(client, db):
    html = client.get("/en/events/calendar/2023/6/").content.decode()
    assert "June 2023" in html


def test_calendar_runs_a_fixed_number_of_queries(client, bulk, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert client.get("/events/calendar/2023/10/").status_code == 200
