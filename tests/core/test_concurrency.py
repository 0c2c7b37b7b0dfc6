"""Two people editing the same theme: the second save is refused, nothing is lost."""

import pytest
from django.test import Client
from django.urls import reverse

from areas.factories import YearlyThemeFactory
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_sessions(coordinator_a, secretariat):
    first, second = Client(), Client()
    first.force_login(coordinator_a)
    second.force_login(secretariat)
    return first, second


def test_the_second_save_of_a_theme_is_refused_and_its_text_shown_back(two_sessions, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    first, second = two_sessions
    page_one, page_two = first.get(url), second.get(url)

    saved = first.post(url, form_data(page_one, "yearlytheme_form", text="コーディネーターの文"))
    assert saved.status_code == 302

    refused = second.post(url, form_data(page_two, "yearlytheme_form", text="事務局の文"))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "別の人がこの内容を変更して保存しています" in html
    assert "事務局の文" in html  # their text is still in the form
    theme.refresh_from_db()
    assert theme.text == "コーディネーターの文"


def test_a_fresh_form_after_a_refusal_saves(two_sessions, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    first, second = two_sessions
    page_two = second.get(url)
    first.post(url, form_data(first.get(url), "yearlytheme_form", text="一人目"))
    second.post(url, form_data(page_two, "yearlytheme_form", text="二人目"))
    reopened = second.get(url)
    assert (
        second.post(url, form_data(reopened, "yearlytheme_form", text="二人目")).status_code == 302
    )
    theme.refresh_from_db()
    assert theme.text == "二人目"


def test_the_second_save_of_an_event_is_refused(two_sessions, area_rows):
    event = area_rows["arakawa"]["event"]
    url = reverse("admin:events_event_change", args=[event.pk])
    first, second = two_sessions
    page_one, page_two = first.get(url), second.get(url)
    assert (
        first.post(url, form_data(page_one, "event_form", title="一人目の名前")).status_code == 302
    )
    refused = second.post(url, form_data(page_two, "event_form", title="二人目の名前"))
    assert refused.status_code == 200
    assert "二人目の名前" in refused.content.decode()
    event.refresh_from_db()
    assert event.title == "一人目の名前"


def test_a_form_without_its_version_is_refused(admin_client, db):
    theme = YearlyThemeFactory()
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    data = form_data(admin_client.get(url), "yearlytheme_form", text="版なし")
    data.pop("edit_version")
    assert admin_client.post(url, data).status_code == 200
    theme.refresh_from_db()
    assert theme.text != "版なし"
