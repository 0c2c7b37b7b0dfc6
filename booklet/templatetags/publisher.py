"""{{ edition|publisher:may_see_names }}: who published an edition, as a reader may know it.

Staff accounts are named by their email address (invitations make the username the address),
so the public reads 「事務局」; the 事務局 itself sees the person's name.
"""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def publisher(edition, may_see_names) -> str:
    user = edition.published_by
    if not may_see_names:
        return _("事務局")
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
