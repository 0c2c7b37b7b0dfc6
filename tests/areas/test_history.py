"""Every change is kept with who and when, and an old version can be restored."""

import pytest
from django.urls import reverse

from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


def test_a_coordinators_edit_is_recorded_with_their_name(client, coordinator_a, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    client.force_login(coordinator_a)
    client.post(url, form_data(client.get(url), "yearlytheme_form", text="改訂した本文"))
    latest = theme.history.first()
    assert latest.history_user == coordinator_a
    assert latest.text == "改訂した本文"
    assert latest.history_type == "~"


def test_the_secretariat_sees_who_changed_a_theme(client, coordinator_a, secretariat, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    client.force_login(coordinator_a)
    client.post(url, form_data(client.get(url), "yearlytheme_form", text="改訂した本文"))
    client.force_login(secretariat)
    history = client.get(reverse("admin:areas_yearlytheme_history", args=[theme.pk]))
    assert history.status_code == 200
    assert "coordinator_a" in history.content.decode()


def test_the_secretariat_restores_an_old_version(client, coordinator_a, secretariat, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    original = theme.text
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    client.force_login(coordinator_a)
    client.post(url, form_data(client.get(url), "yearlytheme_form", text="誤って消した"))
    first_version = theme.history.order_by("history_date").first()

    client.force_login(secretariat)
    restore_url = reverse(
        "admin:areas_yearlytheme_simple_history", args=[theme.pk, first_version.history_id]
    )
    page = client.get(restore_url)
    assert page.status_code == 200
    response = client.post(restore_url, form_data(page, "historicalyearlytheme_form"))
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.text == original
    assert theme.history.first().history_user == secretariat


def test_a_coordinator_cannot_read_another_areas_history(client, coordinator_b, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    version = theme.history.first()
    client.force_login(coordinator_b)
    history_url = reverse("admin:areas_yearlytheme_history", args=[theme.pk])
    restore_url = reverse(
        "admin:areas_yearlytheme_simple_history", args=[theme.pk, version.history_id]
    )
    assert client.get(history_url).status_code == 404
    assert client.get(restore_url).status_code == 404


@pytest.mark.parametrize("model", ["membership", "event", "activityreport", "photo"])
def test_memberships_events_reports_and_photos_keep_history(area_rows, model):
    obj = area_rows["arakawa"][model]
    before = obj.history.count()
    assert before >= 1  # created
    obj.save()
    assert obj.history.count() == before + 1


def test_restoring_an_old_version_never_lowers_the_version_number(client, secretariat, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    for text in ["二版", "三版", "四版"]:
        theme.text = text
        theme.save()
    assert theme.version == 3
    oldest = theme.history.order_by("history_date").first()
    client.force_login(secretariat)
    url = reverse("admin:areas_yearlytheme_simple_history", args=[theme.pk, oldest.history_id])
    client.post(url, form_data(client.get(url), "historicalyearlytheme_form"))
    theme.refresh_from_db()
    assert theme.version == 4


def test_an_events_history_keeps_the_groups_it_belonged_to(area_rows):
    event = area_rows["arakawa"]["event"]
    event.area_groups.add(area_rows["kita"]["areagroup"])
    event.save()
    versions = [{g.areagroup.slug for g in v.area_groups.all()} for v in event.history.all()]
    assert versions[0] == {"arakawa", "kita"}  # now
    assert {"arakawa"} in versions[1:]  # before kita joined


def test_the_secretariat_restores_an_events_earlier_title(client, secretariat, area_rows):
    event = area_rows["arakawa"]["event"]
    original = event.title
    event.title = "間違えた名前"
    event.save()
    version = event.history.filter(title=original).first()
    client.force_login(secretariat)
    url = reverse("admin:events_event_simple_history", args=[event.pk, version.history_id])
    page = client.get(url)
    assert page.status_code == 200
    assert client.post(url, form_data(page, "historicalevent_form")).status_code == 302
    event.refresh_from_db()
    assert event.title == original
    assert list(event.area_groups.values_list("slug", flat=True)) == ["arakawa"]
