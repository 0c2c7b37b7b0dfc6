"""What the events app adds to area and organization pages (see core/sections.py)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from areas import deletion
from areas.sections import Section, area_sections
from coops.sections import organization_sections
from events import services
from events.models import ActivityReport, Event

UPCOMING = 10
REPORTS = 5
PAST = 10


def events_of_area(group, fiscal_year, *, current):
    events = Event.objects.published().filter(area_groups=group)
    if current:
        context = {"occurrences": services.upcoming_occurrences(events, UPCOMING)}
    else:
        context = {
            "year_events": services.listing_queryset(events.for_year(fiscal_year)).distinct()
        }
    context |= {"group": group, "fiscal_year": fiscal_year, "current": current}
    return Section("events/sections/area_events.html", context, order=10)


def reports_of_area(group, fiscal_year, *, current):
    reports = ActivityReport.objects.published().filter(event__area_groups=group)
    if not current:
        reports = reports.for_year(fiscal_year)
    reports = (
        reports.select_related("event")
        .prefetch_related(services.report_photos_prefetch())
        .order_by("-held_on", "pk")
    )
    return Section(
        "events/sections/area_reports.html",
        {"reports": reports if not current else reports[:REPORTS], "current": current},
        order=20,
    )


def events_of_organization(organization):
    events = Event.objects.published().filter(organizers=organization)
    now = timezone.now()
    past = services.listing_queryset(
        events.filter(starts_at__lt=now - datetime.timedelta(hours=1))
    ).order_by("-starts_at", "-pk")[:PAST]
    return Section(
        "events/sections/organization_events.html",
        {
            "organization": organization,
            "occurrences": services.upcoming_occurrences(events, UPCOMING),
            "past_events": past,
        },
        order=20,
    )


def register() -> None:
    area_sections.register("events", events_of_area)
    area_sections.register("reports", reports_of_area)
    organization_sections.register("events", events_of_organization)
    deletion.register(_("活動・イベント"), Event, "area_groups")
