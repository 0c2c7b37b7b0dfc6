"""What the areas app adds to pages of apps below it (see core/sections.py)."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from areas import deletion
from areas.models import Membership, YearlyTheme
from coops.sections import Section, organization_sections


def areas_of_organization(organization) -> Section:
    """The area groups an organization takes part in, by fiscal year (newest first)."""
    memberships = (
        Membership.objects.filter(organization=organization)
        .select_related("area_group")
        .order_by("-fiscal_year", "area_group__position", "area_group__pk")
    )
    years = [(year, list(rows)) for year, rows in groupby(memberships, key=lambda m: m.fiscal_year)]
    return Section("areas/sections/organization_areas.html", {"years": years}, order=10)


def register() -> None:
    organization_sections.register("areas", areas_of_organization)
    deletion.register(_("取り組みテーマ"), YearlyTheme, "area_group")
