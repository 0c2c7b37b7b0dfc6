"""Every fiscal year a person types follows one rule: from 2000 to the next fiscal year."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from areas.factories import (
    AreaGroupFactory,
    CharterFactory,
    CommonThemeFactory,
    MembershipFactory,
    YearlyThemeFactory,
)
from areas.models import YearlyTheme
from core.fiscal_year import current_fiscal_year
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


def message():
    return f"年度は2000年度から{current_fiscal_year() + 1}年度までで入力してください。"


@pytest.mark.parametrize("offset", [None, 2])
def test_the_admin_refuses_a_theme_for_1999_or_two_years_ahead(client, secretariat, offset):
    year = 1999 if offset is None else current_fiscal_year() + offset
    group = AreaGroupFactory()
    client.force_login(secretariat)
    url = reverse("admin:areas_yearlytheme_add")
    page = client.get(url)
    data = form_data(
        page, "yearlytheme_form", area_group=str(group.pk), fiscal_year=str(year), text="本文"
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["fiscal_year"] == [message()]
    assert message() in response.content.decode()
    assert not YearlyTheme.objects.exists()


def test_the_admin_accepts_a_theme_for_the_next_fiscal_year(client, secretariat):
    group = AreaGroupFactory()
    client.force_login(secretariat)
    url = reverse("admin:areas_yearlytheme_add")
    page = client.get(url)
    year = current_fiscal_year() + 1
    data = form_data(
        page, "yearlytheme_form", area_group=str(group.pk), fiscal_year=str(year), text="本文"
    )
    assert client.post(url, data).status_code == 302
    assert YearlyTheme.objects.get().fiscal_year == year


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (YearlyThemeFactory, "fiscal_year"),
        (MembershipFactory, "fiscal_year"),
        (CharterFactory, "fiscal_year"),
        (CommonThemeFactory, "fiscal_year"),
    ],
)
@pytest.mark.parametrize("year", [1999, "two years ahead"])
def test_every_fiscal_year_field_refuses_a_year_outside_the_rule(factory, field, year):
    row = factory.build(**{field: 1999 if year == 1999 else current_fiscal_year() + 2})
    with pytest.raises(ValidationError) as refused:
        row.clean_fields(exclude=[f.name for f in row._meta.fields if f.name != field])
    assert refused.value.message_dict == {field: [message()]}


def test_a_plan_may_not_start_outside_the_rule():
    from plans.factories import AreaPlanFactory

    plan = AreaPlanFactory.build(first_fiscal_year=1999, last_fiscal_year=2001)
    with pytest.raises(ValidationError) as refused:
        plan.clean_fields(exclude=["area_group"])
    assert refused.value.message_dict["first_fiscal_year"] == [message()]
