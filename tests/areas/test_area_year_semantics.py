"""The area pages by year and network: members carry over, each network lists its own."""

import pytest

from areas.factories import MembershipFactory, YearlyThemeFactory
from areas.models import AreaGroup
from core.fiscal_year import current_fiscal_year
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db


def test_members_carry_over_to_a_year_without_its_own(client, demo):
    group = AreaGroup.objects.get(slug="arakawa")
    YearlyThemeFactory(area_group=group, fiscal_year=current_fiscal_year())
    html = client.get("/areas/arakawa/").content.decode()
    members = element_text(html, "members")
    assert "この年度の参加団体はまだ登録されていません" not in members
    assert "コープみらい" in members
    assert "2023年度から引き続き" in members


def test_a_years_own_members_replace_the_carried_ones(client, demo):
    group = AreaGroup.objects.get(slug="arakawa")
    year = current_fiscal_year()
    YearlyThemeFactory(area_group=group, fiscal_year=year)
    MembershipFactory(area_group=group, fiscal_year=year, organization__name="新しい生協")
    members = element_text(client.get("/areas/arakawa/").content.decode(), "members")
    assert "新しい生協" in members
    assert "コープみらい" not in members
    assert "引き続き" not in members


def test_the_area_list_counts_each_networks_groups_under_its_heading(client, demo):
    html = client.get("/areas/").content.decode()
    tokyo = element_text(html, "network-tokyo")
    saitama = element_text(html, "network-saitama-watamachi")
    assert html.index('id="network-tokyo"') < html.index('id="network-saitama-watamachi"')
    assert "東京の生協のまちづくり" in tokyo
    assert "活動中 8グループ" in tokyo
    assert "わたまち" not in tokyo.split("東京の生協のまちづくり", 1)[1]
    assert "生活クラブ埼玉 わたまち" in saitama
    assert "活動中 1グループ" in saitama
