from django import template

from portal.coordinator_home import coordinator_home

register = template.Library()


@register.simple_tag(takes_context=True)
def coordinator_home_for_user(context):
    """The start page's areas for the signed-in coordinator (None for the 事務局)."""
    return coordinator_home(context["request"].user)
