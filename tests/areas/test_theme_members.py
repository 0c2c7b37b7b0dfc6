"""参加団体 on the 取り組みテーマ form: last year's members start checked on a new theme, saving
makes the year's Membership rows match (with history), and nothing crosses to another area."""

import pytest

from areas.factories import MembershipFactory, YearlyThemeFactory
from areas.models import AreaGroup, Membership, MembershipRole, YearlyTheme
from coops.factories import OrganizationFactory
from core.fiscal_year import current_fiscal_year
from tests.adminforms import form_data
from tests.conftest import make_coordinator

pytestmark = pytest.mark.django_db

ADD = "/admin/areas/yearlytheme/add/"
YEAR = current_fiscal_year()
LAST = YEAR - 1


def change_url(theme):
    return f"/admin/areas/yearlytheme/{theme.pk}/change/"


@pytest.fixture
def orgs(tokyo_areas):
    """荒川区 had a co-op and its 社会福祉協議会 last year; 北区 another co-op and its own."""
    arakawa = AreaGroup.objects.get(slug="arakawa")
    kita = AreaGroup.objects.get(slug="kita")
    found = {
        "coop_a": OrganizationFactory(name="荒川の生協", slug="coop-a"),
        "coop_b": OrganizationFactory(name="北の生協", slug="coop-b"),
        "shakyo_a": OrganizationFactory(
            name="荒川区社協", slug="shakyo-a", kind="social_welfare_council", is_member_coop=False
        ),
        "shakyo_b": OrganizationFactory(
            name="北区社協", slug="shakyo-b", kind="social_welfare_council", is_member_coop=False
        ),
        "new_npo": OrganizationFactory(
            name="新しいNPO", slug="new-npo", kind="nonprofit", is_member_coop=False
        ),
    }
    for group, coop, partner in [
        (arakawa, found["coop_a"], found["shakyo_a"]),
        (kita, found["coop_b"], found["shakyo_b"]),
    ]:
        MembershipFactory(area_group=group, organization=coop, fiscal_year=LAST, position=1)
        MembershipFactory(
            area_group=group,
            organization=partner,
            fiscal_year=LAST,
            role=MembershipRole.PARTNER,
            position=2,
        )
        YearlyThemeFactory(area_group=group, fiscal_year=LAST, headline="去年のテーマ")
    return found


def members_field(response):
    return response.context["adminform"].form["members"]


def year_rows(slug, year=YEAR):
    rows = Membership.objects.filter(area_group__slug=slug, fiscal_year=year)
    return {(r.organization.slug, r.role, r.position) for r in rows}


def test_a_new_theme_starts_with_last_years_members_checked(client, coordinator_a, orgs):
    client.force_login(coordinator_a)
    response = client.get(ADD)
    field = members_field(response)
    assert set(field.initial) == {orgs["coop_a"].pk, orgs["shakyo_a"].pk}
    page = response.content.decode()
    assert "荒川区社協（連携団体）" in page
    assert 'class="theme-members"' in page


def test_the_list_offers_the_networks_coops_own_partners_and_new_ones_only(
    client, coordinator_a, orgs
):
    client.force_login(coordinator_a)
    offered = set(members_field(client.get(ADD)).field.queryset.values_list("slug", flat=True))
    assert offered == {"coop-a", "coop-b", "shakyo-a", "new-npo"}
    assert "北区社協" not in client.get(ADD).content.decode()


def test_saving_a_new_theme_creates_the_years_members_with_last_years_roles(
    client, coordinator_a, orgs
):
    client.force_login(coordinator_a)
    page = client.get(ADD)
    data = form_data(page, "yearlytheme_form", text="今年も続けます。")
    data["members"] = [str(orgs["coop_a"].pk), str(orgs["shakyo_a"].pk), str(orgs["new_npo"].pk)]
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert YearlyTheme.objects.filter(area_group__slug="arakawa", fiscal_year=YEAR).exists()
    assert year_rows("arakawa") == {
        ("coop-a", MembershipRole.MEMBER, 1),
        ("shakyo-a", MembershipRole.PARTNER, 2),
        ("new-npo", MembershipRole.PARTNER, 3),  # not a co-op: a partner, after the others
    }
    history = Membership.history.filter(area_group__slug="arakawa", fiscal_year=YEAR)
    assert history.count() == 3
    assert {h.history_user for h in history} == {coordinator_a}
    assert year_rows("kita") == set()


def test_saving_an_unchanged_new_theme_copies_last_years_members(client, coordinator_a, orgs):
    client.force_login(coordinator_a)
    page = client.get(ADD + "?copy=previous")
    response = client.post(ADD, form_data(page, "yearlytheme_form"))
    assert response.status_code == 302
    assert year_rows("arakawa") == {
        ("coop-a", MembershipRole.MEMBER, 1),
        ("shakyo-a", MembershipRole.PARTNER, 2),
    }


def test_an_existing_theme_shows_its_years_rows_and_saving_keeps_role_and_position(
    client, coordinator_a, orgs
):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    theme = YearlyThemeFactory(area_group=arakawa, fiscal_year=YEAR, text="今年")
    kept = MembershipFactory(
        area_group=arakawa,
        organization=orgs["coop_b"],
        fiscal_year=YEAR,
        role=MembershipRole.PARTNER,
        position=7,
    )
    dropped = MembershipFactory(area_group=arakawa, organization=orgs["coop_a"], fiscal_year=YEAR)
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    assert set(members_field(page).initial) == {kept.organization_id, dropped.organization_id}
    data = form_data(page, "yearlytheme_form")
    data["members"] = [str(orgs["coop_b"].pk), str(orgs["shakyo_a"].pk)]
    assert client.post(change_url(theme), data).status_code == 302
    assert year_rows("arakawa") == {
        ("coop-b", MembershipRole.PARTNER, 7),  # kept as it was
        ("shakyo-a", MembershipRole.PARTNER, 2),  # last year's role and position
    }
    assert Membership.history.filter(id=dropped.pk, history_type="-").exists()


def test_a_stale_theme_edit_changes_no_member(client, coordinator_a, orgs):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    theme = YearlyThemeFactory(area_group=arakawa, fiscal_year=YEAR, text="今年")
    MembershipFactory(area_group=arakawa, organization=orgs["coop_a"], fiscal_year=YEAR)
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    theme.text = "別の人が保存"
    theme.save()
    data = form_data(page, "yearlytheme_form", text="私の変更")
    data["members"] = [str(orgs["new_npo"].pk)]
    response = client.post(change_url(theme), data)
    assert response.status_code == 200
    assert "別の人がこの内容を変更して保存しています" in response.content.decode()
    assert year_rows("arakawa") == {("coop-a", MembershipRole.MEMBER, 0)}


def test_a_coordinator_cannot_add_another_areas_partner_by_a_forged_id(client, coordinator_a, orgs):
    client.force_login(coordinator_a)
    page = client.get(ADD)
    data = form_data(page, "yearlytheme_form", text="今年")
    data["members"] = [str(orgs["shakyo_b"].pk)]
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert "members" in response.context["adminform"].form.errors
    assert not YearlyTheme.objects.filter(area_group__slug="arakawa", fiscal_year=YEAR).exists()
    assert year_rows("arakawa") == set()


def test_a_member_the_secretariat_added_stays_when_a_coordinator_saves(client, coordinator_a, orgs):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    theme = YearlyThemeFactory(area_group=arakawa, fiscal_year=YEAR, text="今年")
    MembershipFactory(area_group=arakawa, organization=orgs["shakyo_b"], fiscal_year=YEAR)
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    assert client.post(change_url(theme), form_data(page, "yearlytheme_form")).status_code == 302
    assert year_rows("arakawa") == {("shakyo-b", MembershipRole.MEMBER, 0)}


def test_moving_a_theme_to_a_year_with_other_members_asks_again_then_saves(
    client, coordinator_a, orgs
):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    theme = YearlyThemeFactory(area_group=arakawa, fiscal_year=YEAR + 1, text="来年のつもり")
    MembershipFactory(area_group=arakawa, organization=orgs["new_npo"], fiscal_year=YEAR + 1)
    MembershipFactory(area_group=arakawa, organization=orgs["coop_b"], fiscal_year=YEAR)
    client.force_login(coordinator_a)
    page = client.get(change_url(theme))
    response = client.post(change_url(theme), form_data(page, "yearlytheme_form", fiscal_year=YEAR))
    assert response.status_code == 200
    assert "すでに参加団体が登録されています" in response.content.decode()
    theme.refresh_from_db()
    assert theme.fiscal_year == YEAR + 1
    assert members_field(response).value() == [str(orgs["coop_b"].pk)]
    # The page now shows that year's members: saving it keeps them and moves the theme.
    again = form_data(response, "yearlytheme_form")
    assert client.post(change_url(theme), again).status_code == 302
    theme.refresh_from_db()
    assert theme.fiscal_year == YEAR
    assert {slug for slug, *_ in year_rows("arakawa")} == {"coop-b"}
    assert {slug for slug, *_ in year_rows("arakawa", YEAR + 1)} == {"new-npo"}  # left alone


def test_a_coordinator_of_two_areas_gets_the_area_asked_for_with_its_members(
    client, orgs, django_user_model
):
    both = make_coordinator(django_user_model, "both", "arakawa", "kita")
    client.force_login(both)
    assert members_field(client.get(ADD)).initial in (None, [])  # which area is not known
    kita = AreaGroup.objects.get(slug="kita")
    response = client.get(ADD, {"area_group": kita.pk})
    form = response.context["adminform"].form
    assert form["area_group"].initial == kita.pk
    assert form["fiscal_year"].initial == YEAR
    assert set(form["members"].initial) == {orgs["coop_b"].pk, orgs["shakyo_b"].pk}


def test_a_one_area_coordinator_finds_area_and_year_filled_in(client, coordinator_a, orgs):
    client.force_login(coordinator_a)
    form = client.get(ADD).context["adminform"].form
    assert form["area_group"].initial == AreaGroup.objects.get(slug="arakawa").pk
    assert form["fiscal_year"].initial == YEAR


def test_a_theme_of_another_area_in_the_url_shows_none_of_its_members(client, coordinator_b, orgs):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    client.force_login(coordinator_b)
    response = client.get(ADD, {"area_group": arakawa.pk, "fiscal_year": YEAR})
    assert not members_field(response).initial  # not 荒川区's co-op, checked
    assert "荒川区社協" not in response.content.decode()


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "1\x00"])
def test_a_malformed_area_in_the_url_shows_no_members_and_no_error(
    client, coordinator_a, orgs, value
):
    client.force_login(coordinator_a)
    client.raise_request_exception = True
    response = client.get(ADD, {"area_group": value, "fiscal_year": YEAR})
    assert response.status_code == 200


def test_the_secretariat_is_offered_every_organization(client, superuser, orgs):
    client.force_login(superuser)
    offered = members_field(client.get(ADD)).field.queryset
    assert set(offered.values_list("slug", flat=True)) >= {
        "coop-a",
        "coop-b",
        "shakyo-a",
        "shakyo-b",
        "new-npo",
    }
