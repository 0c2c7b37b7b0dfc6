from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from coops.models import Organization
from coops.sections import organization_sections


def organization_list(request):
    organizations = list(Organization.objects.all())
    context = {
        "member_coops": [o for o in organizations if o.is_member_coop],
        "partners": [o for o in organizations if not o.is_member_coop],
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
