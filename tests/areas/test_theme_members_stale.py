"""参加団体 on the theme form against a stale edit: a member added to the year elsewhere (the
area group's page) after the theme form was opened is not removed unseen by its save."""

import pytest

from areas.factories import MembershipFactory, YearlyThemeFactory
from areas.models import AreaGroup, Membership
from coops.factories import OrganizationFactory
from core.fiscal_year import current_fiscal_year
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db

YEAR = current_fiscal_year()


def test_a_member_added_meanwhile_is_not_dropped_by_a_stale_theme_form(client, coordinator_a):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    coop = OrganizationFactory(name="荒川の生協", slug="coop-a")
    MembershipFactory(area_group=arakawa, organization=coop, fiscal_year=YEAR, position=1)
    theme = YearlyThemeFactory(area_group=arakawa, fiscal_year=YEAR, headline="今年のテーマ")
    url = f"/admin/areas/yearlytheme/{theme.pk}/change/"
    client.force_login(coordinator_a)
    data = form_data(client.get(url), "yearlytheme_form", headline="直した見出し")

    newcomer = OrganizationFactory(name="新しいNPO", slug="new-npo", is_member_coop=False)
    MembershipFactory(area_group=arakawa, organization=newcomer, fiscal_year=YEAR, position=2)

    response = client.post(url, data)
    assert response.status_code == 200  # asked again, with the members as they are now
    assert "members" in response.context["adminform"].form.errors
    members = Membership.objects.filter(area_group=arakawa, fiscal_year=YEAR)
    assert set(members.values_list("organization__slug", flat=True)) == {"coop-a", "new-npo"}
    theme.refresh_from_db()
    assert theme.headline == "今年のテーマ"

    # Saved again from the page that came back: both stay checked and saved.
    again = form_data(response, "yearlytheme_form")
    assert client.post(url, again).status_code == 302
    assert set(members.values_list("organization__slug", flat=True)) == {"coop-a", "new-npo"}
