"""The area models' rules: one theme a year, what is public, the charter in force."""

import pytest
from django.db import IntegrityError, transaction

from areas.factories import AreaGroupFactory, CharterFactory, YearlyThemeFactory
from areas.models import Charter, PublicationStatus, YearlyTheme

pytestmark = pytest.mark.django_db


def test_a_group_has_one_theme_per_fiscal_year():
    group = AreaGroupFactory()
    YearlyThemeFactory(area_group=group, fiscal_year=2023)
    YearlyThemeFactory(area_group=group, fiscal_year=2024)
    with pytest.raises(IntegrityError), transaction.atomic():
        YearlyThemeFactory(area_group=group, fiscal_year=2023)


def test_only_published_themes_are_public():
    published = YearlyThemeFactory(publication=PublicationStatus.PUBLISHED)
    YearlyThemeFactory(publication=PublicationStatus.DRAFT)
    assert list(YearlyTheme.objects.published()) == [published]


def test_the_charter_in_force_is_the_latest_adopted_by_that_year():
    CharterFactory(fiscal_year=2021, philosophy="古い理念")
    CharterFactory(fiscal_year=2023)
    assert Charter.objects.for_year(2022).first().philosophy == "古い理念"
    assert Charter.objects.for_year(2026).first().fiscal_year == 2023
    assert Charter.objects.for_year(2020).first() is None
