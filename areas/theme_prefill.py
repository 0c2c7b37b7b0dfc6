"""What a new 取り組みテーマ form starts with, so a coordinator never faces a blank form.

- The area: the coordinator's own when they have one (else the one asked for, if theirs).
- The year: the first fiscal year from this one on that the area has no theme for yet.
- 「前年度からコピー」 (`?copy=previous`): the headline, text, goals and common themes of the
  area's latest earlier theme, goals matched by number in the charter in force that year and
  common themes by name among that year's, so nothing points at last year's rows.

Only an area the user may edit is read: another area's draft never reaches the form.
"""

from areas.models import AreaGroup, Charter, CommonTheme, YearlyTheme
from areas.permissions import editable_area_groups, is_valid_pk
from core.fiscal_year import current_fiscal_year, is_known_year

COPY_PREVIOUS = "previous"


def add_form_hints(initial: dict, params) -> dict:
    """For the add page, from the form's `initial_theme`: the draft that already exists for the
    chosen area and year (edit it instead), or the theme 「前年度からコピー」 would copy."""
    if not initial:
        return {}
    group = AreaGroup.objects.get(pk=initial["area_group"])
    year = initial["fiscal_year"]
    existing = YearlyTheme.objects.filter(area_group=group, fiscal_year=year).first()
    if existing is not None:
        return {"existing_theme": existing}
    source = latest_before(group, year)
    if source is None or params.get("copy") == COPY_PREVIOUS:
        return {}
    query = f"?area_group={group.pk}&fiscal_year={year}&copy={COPY_PREVIOUS}"
    return {"copy_source": source, "copy_query": query}


def initial_theme(user, params) -> dict:
    """Initial data for the add form, from the request's GET `params`."""
    group = _chosen_group(user, params.get("area_group"))
    if group is None:
        return {}
    year = _chosen_year(group, params.get("fiscal_year"))
    initial = {"area_group": group.pk, "fiscal_year": year}
    if params.get("copy") == COPY_PREVIOUS:
        initial |= copied_from_previous(group, year)
    return initial


def latest_before(group: AreaGroup, year: int) -> YearlyTheme | None:
    return (
        YearlyTheme.objects.filter(area_group=group, fiscal_year__lt=year)
        .order_by("-fiscal_year")
        .first()
    )


def copied_from_previous(group: AreaGroup, year: int) -> dict:
    source = latest_before(group, year)
    if source is None:
        return {}
    charter = Charter.objects.for_year(year).first()
    numbers = source.goals.values_list("number", flat=True)
    names = source.common_themes.values_list("name", flat=True)
    return {
        "headline": source.headline,
        "text": source.text,
        "goals": list(charter.goals.filter(number__in=numbers)) if charter else [],
        "common_themes": list(CommonTheme.objects.for_year(year).filter(name__in=names)),
    }


def _chosen_group(user, asked) -> AreaGroup | None:
    groups = editable_area_groups(user)
    if asked and is_valid_pk(AreaGroup, asked):
        return groups.filter(pk=asked).first()
    own = list(groups.filter(coordinators=user)[:2])
    return own[0] if len(own) == 1 else None


def _chosen_year(group: AreaGroup, asked) -> int:
    if asked and asked.isascii() and asked.isdigit() and is_known_year(int(asked)):
        return int(asked)
    taken = set(group.themes.values_list("fiscal_year", flat=True))
    year = current_fiscal_year()
    while year in taken and is_known_year(year + 1):
        year += 1
    return year
