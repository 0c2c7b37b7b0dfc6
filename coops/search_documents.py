"""The co-ops and partner organizations in the site search (search/registry.py): every
organization has a public page."""

from coops.models import Organization
from search.models import Kind
from search.registry import Document, register


@register(Organization, public=lambda: Organization.objects.all())
def organization_document(organization: Organization) -> Document:
    return Document(
        kind=Kind.COOP,
        title=organization.name,
        body=organization.description,
        extra=" ".join(
            [organization.formal_name, organization.get_kind_display(), organization.slug]
        ),
        url=organization.get_absolute_url(),
    )
