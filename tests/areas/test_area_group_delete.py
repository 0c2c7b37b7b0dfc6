"""An area group with events, themes or a plan is not deleted (access issue, item 14)."""

import pytest
from django.urls import reverse

from areas.factories import AreaGroupFactory
from areas.models import AreaGroup, YearlyTheme
from events.models import Event
from plans.factories import AreaPlanFactory

pytestmark = pytest.mark.django_db


def test_deleting_a_group_with_events_and_themes_is_refused_with_what_to_do(
    client, secretariat, area_rows
):
    group = area_rows["arakawa"]["areagroup"]
    client.force_login(secretariat)
    url = reverse("admin:areas_areagroup_delete", args=[group.pk])
    page = client.get(url)
    html = page.content.decode()
    assert "削除できません" in html
    assert "休止" in html
    assert "活動・イベント 1件" in html
    assert "取り組みテーマ 1件" in html

    client.post(url, {"post": "yes"})

    assert AreaGroup.objects.filter(pk=group.pk).exists()
    assert YearlyTheme.objects.filter(area_group=group).exists()
    assert area_rows["arakawa"]["event"].area_groups.filter(pk=group.pk).exists()


def test_the_bulk_delete_action_refuses_a_group_with_a_plan(client, secretariat, db):
    group = AreaGroupFactory()
    AreaPlanFactory(area_group=group)
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:areas_areagroup_changelist"),
        {"action": "delete_selected", "_selected_action": [group.pk], "post": "yes"},
    )
    assert "わたまちプラン 1件" in response.content.decode()
    assert AreaGroup.objects.filter(pk=group.pk).exists()


def test_an_unused_group_is_deleted(client, secretariat, db):
    group = AreaGroupFactory()
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:areas_areagroup_delete", args=[group.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not AreaGroup.objects.filter(pk=group.pk).exists()
    assert not Event.objects.filter(area_groups=group).exists()


def test_each_row_count_on_the_refusal_links_to_those_rows(client, secretariat, area_rows):
    """What to do first is one click away: the group's events, themes or plan, listed."""
    import re

    group = area_rows["arakawa"]["areagroup"]
    client.force_login(secretariat)
    html = client.get(reverse("admin:areas_areagroup_delete", args=[group.pk])).content.decode()
    links = dict(
        (text, href.replace("&amp;", "&"))
        for href, text in re.findall(r'<a href="([^"]+)">([^<]*\d+件)</a>', html)
    )
    assert links["活動・イベント 1件"] == (
        reverse("admin:events_event_changelist") + f"?area_groups__id__exact={group.pk}"
    )
    listed = client.get(links["取り組みテーマ 1件"])
    assert listed.status_code == 200
    shown = list(listed.context["cl"].result_list)
    assert shown == [area_rows["arakawa"]["yearlytheme"]]
