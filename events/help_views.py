"""Help in plain words: subscribing to a calendar (Google, iPhone, Android) and reading the feed.

Rule: `?area=<slug>` (or `?coop=<slug>`) puts that area's (co-op's) calendar address on the
page, ready to copy; a malformed or unknown slug is ignored and the page shows the calendar
of all activities, never an error. Addresses are built from the request's host: https for
copying and downloading, webcal:// for a phone to subscribe with one tap.
"""

from django.core.validators import slug_re
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from areas.models import AreaGroup
from coops.models import Organization
from events.calendar_links import webcal_url
from events.feed_window import window_words


def _chosen(request, key: str, model):
    slug = request.GET.get(key, "")
    if not slug or len(slug) > 100 or not slug_re.fullmatch(slug):
        return None
    return model.objects.filter(slug=slug).only("pk", "slug", "name").first()


def _calendar_feed(request) -> dict:
    """The calendar the page is about: an area's, a co-op's, or all activities."""
    area = _chosen(request, "area", AreaGroup)
    if area:
        path, name = reverse("events:area_ics", args=[area.slug]), area.name
    else:
        coop = _chosen(request, "coop", Organization)
        if coop:
            path, name = reverse("events:organization_ics", args=[coop.slug]), coop.name
        else:
            path, name = reverse("events:ics"), _("すべての活動")
    return {
        "name": name,
        "url": request.build_absolute_uri(path),
        "webcal": webcal_url(request, path),
        "chosen": path != reverse("events:ics"),
    }


def calendar_help(request):
    context = {
        "feed": _calendar_feed(request),
        "feed_window": window_words(),
        "breadcrumbs": [(_("カレンダーアプリで予定を見る"), None)],
    }
    return render(request, "events/help_calendar.html", context)


def feeds_help(request):
    calendar = reverse("events:ics")
    context = {
        "atom_url": request.build_absolute_uri(reverse("events:atom")),
        "calendar_webcal": webcal_url(request, calendar),
        "calendar_url": request.build_absolute_uri(calendar),
        "feed_window": window_words(),
        "breadcrumbs": [(_("新着情報をRSSリーダーで読む"), None)],
    }
    return render(request, "events/help_feeds.html", context)
