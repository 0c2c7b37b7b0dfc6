"""Event pages and feeds. Included at the site root, so the per-area and per-co-op
calendar feeds sit next to those pages (/areas/<slug>/events.ics, /coops/<slug>/events.ics)."""

from django.urls import path

from events import feeds, views

app_name = "events"

urlpatterns = [
    path("events/", views.event_list, name="list"),
    path("events/calendar/<int:year>/<int:month>/", views.event_calendar, name="calendar"),
    path("events/<int:pk>/", views.event_detail, name="detail"),
    path("events/<int:event_pk>/reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("events/<int:pk>.ics", feeds.event_ics, name="event_ics"),
    path("events.ics", feeds.all_events_ics, name="ics"),
    path("areas/<slug:slug>/events.ics", feeds.area_events_ics, name="area_ics"),
    path("coops/<slug:slug>/events.ics", feeds.organization_events_ics, name="organization_ics"),
    path("feed.atom", feeds.LatestFeed(), name="atom"),
]
