"""A new event asks only what the coordinator must decide: their one group is filled in, and a
repeating event left without an end date runs to the end of its first fiscal year."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from areas.models import AreaGroup
from events.factories import local_datetime
from events.models import Event
from tests.adminforms import form_data
from tests.conftest import make_coordinator

pytestmark = pytest.mark.django_db

ADD = reverse("admin:events_event_add")


def test_a_coordinator_of_one_area_finds_their_group_filled_in(client, coordinator_a):
    client.force_login(coordinator_a)
    form = client.get(ADD).context["adminform"].form
    assert list(form["area_groups"].initial) == [AreaGroup.objects.get(slug="arakawa").pk]


def test_a_coordinator_of_two_areas_chooses_the_group(client, tokyo_areas, django_user_model):
    client.force_login(make_coordinator(django_user_model, "both", "arakawa", "kita"))
    assert not client.get(ADD).context["adminform"].form["area_groups"].initial


def test_the_secretariat_chooses_the_group(client, secretariat):
    client.force_login(secretariat)
    assert not client.get(ADD).context["adminform"].form["area_groups"].initial


def test_a_monthly_cafe_without_an_end_date_runs_to_the_end_of_its_fiscal_year(
    client, coordinator_a
):
    client.force_login(coordinator_a)
    data = form_data(
        client.get(ADD),
        title="荒川コープカフェ",
        kind="cafe",
        starts_at_0="2027/01/16",
        starts_at_1="13:30",
        ends_at_0="2027/01/16",
        ends_at_1="15:30",
        recurrence="monthly_weekday",
        recurrence_until="",
    )
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    cafe = Event.objects.get(title="荒川コープカフェ")
    assert cafe.recurrence_until == datetime.date(2027, 3, 31)
    assert cafe.recurrence_label == "毎月第3土曜日"
    assert [o.date for o in cafe.occurrences()] == [
        datetime.date(2027, 1, 16),
        datetime.date(2027, 2, 20),
        datetime.date(2027, 3, 20),
    ]


def test_an_end_time_alone_means_the_day_the_event_starts(client, coordinator_a):
    client.force_login(coordinator_a)
    data = form_data(
        client.get(ADD),
        title="防災まち歩き",
        kind="town_walk",
        starts_at_0="令和9年1月17日",
        starts_at_1="10時00分",
        ends_at_0="",
        ends_at_1="12:00",
    )
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    walk = Event.objects.get(title="防災まち歩き")
    assert timezone.localtime(walk.ends_at) == local_datetime(2027, 1, 17, 12, 0)


def test_an_end_left_wholly_empty_is_still_asked_for(client, coordinator_a):
    client.force_login(coordinator_a)
    data = form_data(
        client.get(ADD),
        title="防災まち歩き",
        kind="town_walk",
        starts_at_0="2027/01/17",
        starts_at_1="10:00",
        ends_at_0="",
        ends_at_1="",
    )
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["ends_at"]
    assert not Event.objects.filter(title="防災まち歩き").exists()
