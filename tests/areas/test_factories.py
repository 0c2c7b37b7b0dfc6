"""The factories stay valid however many rows a test session has built before."""

import pytest

from areas.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_a_municipality_code_stays_five_characters_after_a_thousand_builds():
    for _ in range(1001):
        MunicipalityFactory.build()
    municipality = MunicipalityFactory()
    assert len(municipality.code) == 5
    assert municipality.code.startswith("99")
