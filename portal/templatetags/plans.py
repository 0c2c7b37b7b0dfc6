from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.filter
def event_page_url(event):
    """The public page of an event, in the current language.

    The event pages are named `event_detail` when present; until then the path is
    /events/<id>/ under the current language's prefix (/ or /en/).
    """
    try:
        return reverse("event_detail", args=[event.pk])
    except NoReverseMatch:
        return f"{reverse('home')}events/{event.pk}/"
