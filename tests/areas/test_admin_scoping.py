"""A coordinator's forged requests against another area change nothing."""

import pytest
from django.urls import reverse

from areas.models import AreaGroup, PublicationStatus, YearlyTheme
from events.factories import EventFactory
from events.models import Event
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def test_coordinator_edits_their_own_theme(client, coordinator_a, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    response = client.post(
        change_url(theme), form_data(page, "yearlytheme_form", text="新しい本文")
    )
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.text == "新しい本文"


def test_coordinator_cannot_repoint_their_theme_to_another_area(client, coordinator_a, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    kita = area_rows["kita"]["areagroup"]
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    response = client.post(
        change_url(theme), form_data(page, "yearlytheme_form", area_group=str(kita.pk))
    )
    assert response.status_code == 200
    assert "area_group" in response.context["adminform"].form.errors
    theme.refresh_from_db()
    assert theme.area_group.slug == "arakawa"


def test_coordinator_cannot_add_a_theme_for_another_area(client, coordinator_a, area_rows):
    kita = area_rows["kita"]["areagroup"]
    client.force_login(coordinator_a)
    page = client.get(reverse("admin:areas_yearlytheme_add"))
    data = form_data(
        page, "yearlytheme_form", area_group=str(kita.pk), fiscal_year="2025", text="乗っ取り"
    )
    response = client.post(reverse("admin:areas_yearlytheme_add"), data)
    assert response.status_code == 200
    assert not YearlyTheme.objects.filter(text="乗っ取り").exists()


def test_coordinator_cannot_post_to_another_areas_theme(client, coordinator_b, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    client.force_login(coordinator_b)
    response = client.post(
        change_url(theme), {"text": "書き換え", "area_group": theme.area_group_id}
    )
    assert response.status_code == 404
    theme.refresh_from_db()
    assert theme.text != "書き換え"


def test_bulk_delete_with_a_forged_id_leaves_the_other_area_untouched(
    client, coordinator_b, area_rows
):
    # The area rows' own event has a resident's sign-up (kept: see the next test); a new one.
    own = EventFactory(area_groups=[area_rows["kita"]["areagroup"]])
    other = area_rows["arakawa"]["event"]
    client.force_login(coordinator_b)
    client.post(
        reverse("admin:events_event_changelist"),
        {"action": "delete_selected", "_selected_action": [own.pk, other.pk], "post": "yes"},
    )
    assert Event.objects.filter(pk=other.pk).exists()
    assert not Event.objects.filter(pk=own.pk).exists()


def test_a_coordinator_cannot_delete_an_event_residents_signed_up_for(
    client, coordinator_b, area_rows
):
    event = area_rows["kita"]["event"]
    client.force_login(coordinator_b)
    page = client.get(reverse("admin:events_event_delete", args=[event.pk]))
    assert "申し込み" in page.content.decode()  # named as what they may not delete
    client.post(reverse("admin:events_event_delete", args=[event.pk]), {"post": "yes"})
    assert Event.objects.filter(pk=event.pk).exists()
    assert area_rows["kita"]["signup"].__class__.objects.filter(event=event).exists()


def test_bulk_publish_with_a_forged_id_publishes_only_the_own_area(
    client, coordinator_b, area_rows
):
    own, other = area_rows["kita"]["yearlytheme"], area_rows["arakawa"]["yearlytheme"]
    client.force_login(coordinator_b)
    client.post(
        reverse("admin:areas_yearlytheme_changelist"),
        {"action": "publish", "_selected_action": [own.pk, other.pk]},
    )
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.publication == PublicationStatus.PUBLISHED
    assert other.publication == PublicationStatus.DRAFT


def test_coordinator_cannot_add_another_area_to_their_event(client, coordinator_a, area_rows):
    event = area_rows["arakawa"]["event"]
    kita = area_rows["kita"]["areagroup"]
    client.force_login(coordinator_a)
    page = client.get(change_url(event))
    data = form_data(
        page, "event_form", area_groups=[str(event.area_groups.get().pk), str(kita.pk)]
    )
    response = client.post(change_url(event), data)
    assert response.status_code == 200
    assert "area_groups" in response.context["adminform"].form.errors
    assert list(event.area_groups.values_list("slug", flat=True)) == ["arakawa"]


def test_a_joint_event_is_read_only_for_a_coordinator_of_one_of_its_areas(
    client, coordinator_a, area_rows
):
    event = area_rows["kita"]["event"]
    event.area_groups.add(area_rows["arakawa"]["areagroup"])
    client.force_login(coordinator_a)
    page = client.get(change_url(event))
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    response = client.post(change_url(event), {"title": "書き換え"})
    assert response.status_code == 403
    delete = reverse("admin:events_event_delete", args=[event.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Event.objects.filter(pk=event.pk, title=event.title).exists()


def test_venue_of_another_municipality_is_not_offered_for_an_event(
    client, coordinator_a, area_rows
):
    event = area_rows["arakawa"]["event"]
    other_venue = area_rows["kita"]["venue"]
    client.force_login(coordinator_a)
    page = client.get(change_url(event))
    response = client.post(
        change_url(event), form_data(page, "event_form", venue=str(other_venue.pk))
    )
    assert response.status_code == 200
    assert "venue" in response.context["adminform"].form.errors


def test_coordinator_cannot_preview_another_areas_draft(client, coordinator_b, area_rows):
    client.force_login(coordinator_b)
    theme = area_rows["arakawa"]["yearlytheme"]
    event = area_rows["arakawa"]["event"]
    assert client.get(reverse("staff:theme_preview", args=[theme.pk])).status_code == 404
    assert client.get(reverse("staff:event_preview", args=[event.pk])).status_code == 404


def test_coordinator_previews_their_draft_with_a_banner(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    theme = area_rows["arakawa"]["yearlytheme"]
    response = client.get(reverse("staff:theme_preview", args=[theme.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "下書きプレビュー" in html and theme.headline in html
    event = area_rows["arakawa"]["event"]
    response = client.get(reverse("staff:event_preview", args=[event.pk]))
    assert (
        "下書きプレビュー" in response.content.decode() and event.title in response.content.decode()
    )


def test_residents_cannot_open_previews(client, resident, area_rows):
    client.force_login(resident)
    theme = area_rows["arakawa"]["yearlytheme"]
    response = client.get(reverse("staff:theme_preview", args=[theme.pk]))
    assert response.status_code == 403  # signed in, but without the coordinator's permission


def test_a_coordinator_without_areas_sees_nothing(client, django_user_model, area_rows):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("lonely", is_staff=True)
    user.groups.add(Group.objects.get(name="コーディネーター"))
    client.force_login(user)
    response = client.get(reverse("admin:areas_yearlytheme_changelist"))
    assert list(response.context["cl"].result_list) == []
    assert AreaGroup.objects.count() >= 2


def test_coordinator_must_give_a_venue_one_of_their_municipalities(
    client, coordinator_a, area_rows
):
    from events.models import Venue

    client.force_login(coordinator_a)
    url = reverse("admin:events_venue_add")
    response = client.post(url, {"name": "どこかの会場", "address": ""})
    assert response.status_code == 200
    assert "municipality" in response.context["adminform"].form.errors
    kita = area_rows["kita"]["municipality"]
    response = client.post(url, {"name": "どこかの会場", "municipality": kita.pk})
    assert "municipality" in response.context["adminform"].form.errors
    arakawa = area_rows["arakawa"]["municipality"]
    assert client.post(url, {"name": "町屋の会場", "municipality": arakawa.pk}).status_code == 302
    assert not Venue.objects.filter(name="どこかの会場").exists()


def test_a_coordinators_change_list_costs_the_same_queries_with_more_rows(
    client, coordinator_a, area_rows, django_assert_max_num_queries
):
    from events.factories import EventFactory

    arakawa = area_rows["arakawa"]["areagroup"]
    client.force_login(coordinator_a)
    url = reverse("admin:events_event_changelist")
    client.get(url)
    EventFactory.create_batch(30, area_groups=[arakawa])
    with django_assert_max_num_queries(11):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("model", ["areas.yearlytheme", "areas.membership", "events.event"])
def test_change_list_filters_name_no_other_area(client, coordinator_a, area_rows, model):
    client.force_login(coordinator_a)
    app_label, model_name = model.split(".")
    html = client.get(reverse(f"admin:{app_label}_{model_name}_changelist")).content.decode()
    assert "荒川区まちづくり" in html
    assert "北区まちづくり" not in html
