"""The secretariat finds the booklet's content in the admin, in Japanese."""

import pytest
from django.urls import reverse

from areas.models import AreaGroup, Charter, Membership, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event, Venue

pytestmark = pytest.mark.django_db

MODELS = [Organization, AreaGroup, Membership, Charter, YearlyTheme, Event, ActivityReport, Venue]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_change_list_and_change_form_opens(admin_client, demo, model):
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    obj = model.objects.first()
    change = admin_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )
    assert change.status_code == 200


def test_the_admin_speaks_japanese_and_lists_the_themes(admin_client, demo):
    response = admin_client.get(reverse("admin:areas_yearlytheme_changelist"))
    html = response.content.decode()
    assert "取り組みテーマ" in html
    assert "知る・学ぶ・そして楽しむこと" in html
    assert "2023年度" in html


def test_admin_search_finds_a_group_by_municipality_kana(admin_client, demo):
    response = admin_client.get(reverse("admin:areas_areagroup_changelist"), {"q": "アラカワ"})
    assert "荒川区まちづくり" in response.content.decode()
