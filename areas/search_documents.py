"""The area groups and their published yearly themes in the site search (search/registry.py).

Every area group has a public page; a theme is found only once published, at its year's page.
"""

from django.urls import reverse

from areas.models import AreaGroup, YearlyTheme
from core.fiscal_year import fiscal_year_label, fiscal_year_start
from search.models import Kind
from search.registry import Document, register


def _themes_of(group):
    return group.themes.all()


@register(
    AreaGroup,
    public=lambda: AreaGroup.objects.select_related("municipality"),
    dependents=_themes_of,
)
def group_document(group: AreaGroup) -> Document:
    municipality = group.municipality
    return Document(
        kind=Kind.AREA,
        title=group.name,
        body=" ".join(filter(None, [municipality.name, group.get_status_display()])),
        extra=" ".join([municipality.kana, municipality.name_en, group.slug, group.contact_name]),
        url=group.get_absolute_url(),
        area_slug=group.slug,
    )


@register(
    YearlyTheme,
    public=lambda: YearlyTheme.objects.published().select_related("area_group__municipality"),
)
def theme_document(theme: YearlyTheme) -> Document:
    group = theme.area_group
    year = fiscal_year_label(theme.fiscal_year)
    return Document(
        kind=Kind.AREA,
        title=" ".join(filter(None, [group.name, year, theme.headline])),
        body=theme.text,
        extra=" ".join([group.municipality.name, group.municipality.kana]),
        url=reverse("areas:year", args=[group.slug, theme.fiscal_year]),
        area_slug=group.slug,
        fiscal_year=theme.fiscal_year,
        sort_date=fiscal_year_start(theme.fiscal_year),
    )
