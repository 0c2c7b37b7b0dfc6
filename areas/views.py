from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from areas import listing, services
from areas.models import AreaGroup, AreaStatus
from areas.sections import area_sections
from core.fiscal_year import current_fiscal_year, fiscal_year_label, is_known_year


def area_list(request):
    """Counts by network and status, the tile map, and one page of groups (areas/listing.py)."""
    networks = listing.networks()
    network = _chosen_network(request, networks)
    status = _chosen_status(request)
    summaries = listing.summaries(networks)
    page = listing.group_page(network, status, request.GET.get("page"))
    context = {
        "summaries": summaries,
        "network": network,
        "current_status": AreaStatus(status) if status else None,
        "page": page,
        "sections": listing.sections(page, summaries),
        "map": services.tile_map(),
        "breadcrumbs": [(_("地域のまちづくり"), None)],
    }
    return render(request, "areas/area_list.html", context)


def _chosen_network(request, networks):
    slug = request.GET.get("network")
    if not slug:
        return None
    found = next((n for n in networks if n.slug == slug), None)
    if found is None:
        messages.warning(
            request, _("指定された連絡会が見つからないため、すべての地域を表示しています。")
        )
    return found


def _chosen_status(request):
    status = request.GET.get("status")
    if not status:
        return None
    if status not in AreaStatus.values:
        messages.warning(
            request, _("指定された状況が見つからないため、すべての地域を表示しています。")
        )
        return None
    return status


def area_detail(request, slug, year=None):
    if year is not None and not is_known_year(year):
        raise Http404(_("この年度の取り組みテーマはまだ公開されていません。"))
    group = get_object_or_404(
        AreaGroup.objects.select_related("municipality").prefetch_related(
            services.published_themes_prefetch()
        ),
        slug=slug,
    )
    context = area_page_context(group, group.published_themes, year)
    if year is not None and context["theme"] is None:
        raise Http404(_("この年度の取り組みテーマはまだ公開されていません。"))
    return render(request, "areas/area_detail.html", context)


def area_page_context(group, themes, year=None) -> dict:
    """The area page's context, for the public page and a theme's preview alike: `themes`
    are the ones shown (newest first), `year` the year page's year (None: the latest)."""
    theme = services.theme_to_show(themes, year)
    shown_year = theme.fiscal_year if theme else current_fiscal_year()
    crumbs = [(_("地域のまちづくり"), reverse("areas:list")), (group.name, None)]
    if year is not None:
        crumbs = [
            (_("地域のまちづくり"), reverse("areas:list")),
            (group.name, group.get_absolute_url()),
            (fiscal_year_label(year), None),
        ]
    members = services.members_of(group, shown_year)
    return {
        "group": group,
        "theme": theme,
        "fiscal_year": shown_year,
        "is_year_page": year is not None,
        "is_current_year": shown_year == current_fiscal_year(),
        "history": themes,
        "members": members,
        # Members carry over: the year they were last entered, when it is an earlier one.
        "members_year": members[0].fiscal_year if members else shown_year,
        "sections": area_sections.sections(group, shown_year, current=year is None),
        "breadcrumbs": crumbs,
    }
