"""A new 取り組みテーマ form starts filled in: the coordinator's area, the year it lacks, and
「前年度からコピー」 — never another area's words."""

import pytest

from areas.factories import CharterFactory, CommonThemeFactory, GoalFactory, YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus
from core.fiscal_year import current_fiscal_year

pytestmark = pytest.mark.django_db

ADD = "/admin/areas/yearlytheme/add/"


@pytest.fixture
def last_year_theme(tokyo_areas):
    """荒川区's theme of last fiscal year, with goal 2 and the common theme of that year."""
    last = current_fiscal_year() - 1
    goal = GoalFactory(charter=CharterFactory(fiscal_year=last), number=2, text="目標2")
    theme = YearlyThemeFactory(
        area_group=AreaGroup.objects.get(slug="arakawa"),
        fiscal_year=last,
        headline="知る・学ぶ・楽しむ",
        text="地域を知る活動を続けます。",
    )
    theme.goals.set([goal])
    theme.common_themes.set([CommonThemeFactory(fiscal_year=last)])
    return theme


def initial(response, name):
    return response.context["adminform"].form[name].initial


def test_a_coordinators_new_theme_starts_with_their_area_and_this_year(
    client, coordinator_a, last_year_theme
):
    client.force_login(coordinator_a)
    response = client.get(ADD)
    assert response.status_code == 200
    assert initial(response, "area_group") == AreaGroup.objects.get(slug="arakawa").pk
    assert initial(response, "fiscal_year") == current_fiscal_year()
    assert "前年度からコピー" in response.content.decode()


def test_copy_from_the_previous_year_fills_the_words_and_this_years_goals(
    client, coordinator_a, last_year_theme
):
    year = current_fiscal_year()
    this_goal = GoalFactory(charter=CharterFactory(fiscal_year=year), number=2, text="目標2")
    this_common = CommonThemeFactory(fiscal_year=year)
    client.force_login(coordinator_a)
    response = client.get(ADD + "?copy=previous")
    assert initial(response, "headline") == "知る・学ぶ・楽しむ"
    assert initial(response, "text") == "地域を知る活動を続けます。"
    assert [g.pk for g in initial(response, "goals")] == [this_goal.pk]
    assert [c.pk for c in initial(response, "common_themes")] == [this_common.pk]


def test_the_year_is_the_first_one_the_area_still_lacks(client, coordinator_a, last_year_theme):
    YearlyThemeFactory(area_group=last_year_theme.area_group, fiscal_year=current_fiscal_year())
    client.force_login(coordinator_a)
    response = client.get(ADD)
    assert initial(response, "fiscal_year") == current_fiscal_year() + 1


def test_an_existing_draft_is_offered_instead_of_a_second_form(client, coordinator_a, tokyo_areas):
    draft = YearlyThemeFactory(
        area_group=AreaGroup.objects.get(slug="arakawa"),
        fiscal_year=current_fiscal_year(),
        publication=PublicationStatus.DRAFT,
    )
    client.force_login(coordinator_a)
    page = client.get(ADD + f"?fiscal_year={current_fiscal_year()}").content.decode()
    assert "取り組みテーマはすでにあります" in page
    assert f"/admin/areas/yearlytheme/{draft.pk}/change/" in page


def test_another_areas_theme_is_never_copied_into_the_form(client, coordinator_b, last_year_theme):
    client.force_login(coordinator_b)
    arakawa = last_year_theme.area_group.pk
    response = client.get(ADD + f"?area_group={arakawa}&copy=previous")
    assert response.status_code == 200
    page = response.content.decode()
    assert "知る・学ぶ・楽しむ" not in page
    assert "地域を知る活動を続けます。" not in page
    assert initial(response, "headline") in (None, "")


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "-1", "1\x00"])
def test_a_malformed_area_or_year_leaves_the_form_as_django_gives_it(
    client, coordinator_a, last_year_theme, value
):
    client.force_login(coordinator_a)
    response = client.get(ADD, {"area_group": value, "fiscal_year": value, "copy": "previous"})
    assert response.status_code == 200


def test_a_year_in_other_digits_is_ignored_not_a_500(client, coordinator_a, last_year_theme):
    client.force_login(coordinator_a)
    client.raise_request_exception = True
    for value in ["²", "٢٠٢٦", "２０２６"]:
        assert client.get(ADD, {"fiscal_year": value}).status_code == 200


def test_the_add_form_works_out_its_prefill_once(
    client, coordinator_a, last_year_theme, django_assert_max_num_queries
):
    client.force_login(coordinator_a)
    client.get(ADD + "?copy=previous")
    # 17: the prefill read once (23 when add_view and the form each worked it out); plus 2 for
    # 参加団体: the area's memberships up to the year, and the organizations offered.
    with django_assert_max_num_queries(19):
        assert client.get(ADD + "?copy=previous").status_code == 200
