"""Event pages and feeds. Included at the site root, so the per-area and per-co-op
calendar feeds sit next to those pages (/areas/<slug>/events.ics, /coops/<slug>/events.ics)."""

import datetime

from django.urls import path, register_converter

from events import feeds, help_views, views


class IsoDateConverter:
    """yyyy-mm-dd as a date; an impossible date (2027-02-30) does not match (404)."""

    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value):
        return datetime.date.fromisoformat(value)

    def to_url(self, value):
        return value.isoformat() if isinstance(value, datetime.date) else value


register_converter(IsoDateConverter, "isodate")

app_name = "events"

urlpatterns = [
    path("events/", views.event_list, name="list"),
    path("events/calendar/<int:year>/<int:month>/", views.event_calendar, name="calendar"),
    path("events/<int:pk>/", views.event_detail, name="detail"),
    path("events/<int:event_pk>/reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("events/<int:pk>.ics", feeds.event_ics, name="event_ics"),
    # One date of an event, on its own (「この日をカレンダーに追加」).
    path("events/<int:pk>/<isodate:day>.ics", feeds.occurrence_ics, name="occurrence_ics"),
    path("events.ics", feeds.all_events_ics, name="ics"),
    path("areas/<slug:slug>/events.ics", feeds.area_events_ics, name="area_ics"),
    path("coops/<slug:slug>/events.ics", feeds.organization_events_ics, name="organization_ics"),
    path("feed.atom", feeds.LatestFeed(), name="atom"),
    # Plain-words help for subscribing in a calendar app and for reading the feed.
    path("help/calendar/", help_views.calendar_help, name="calendar_help"),
    path("help/feeds/", help_views.feeds_help, name="feeds_help"),
]
