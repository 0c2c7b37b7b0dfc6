from django.contrib import messages
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from coops import listing
from coops.models import Organization, OrganizationKind
from coops.sections import organization_sections


def organization_list(request):
    """Member co-ops and partners by kind, a few of each; `?kind=` one kind by pages."""
    kind = request.GET.get("kind")
    if kind and kind not in OrganizationKind.values:
        messages.warning(
            request, _("指定された種類が見つからないため、すべての種類を表示しています。")
        )
        kind = None
    if kind:
        kind = OrganizationKind(kind)
        context = {
            "kind": kind,
            "page": listing.kind_page(kind, request.GET.get("page")),
            "breadcrumbs": [(_("生協・団体"), reverse("coops:list")), (kind.label, None)],
        }
        return render(request, "coops/organization_kind.html", context)
    member_coops, partners = listing.overview()
    context = {
        "member_coops": member_coops,
        "member_count": listing.total(member_coops),
        "partners": partners,
        "partner_count": listing.total(partners),
        "breadcrumbs": [(_("生協・団体"), None)],
    }
    return render(request, "coops/organization_list.html", context)


def organization_detail(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    context = {
        "organization": organization,
        "sections": organization_sections.sections(organization),
        "breadcrumbs": [(_("生協・団体"), reverse("coops:list")), (organization.name, None)],
    }
    return render(request, "coops/organization_detail.html", context)
