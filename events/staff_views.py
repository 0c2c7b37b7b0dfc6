"""Staff previews of a saved event or report: the public page, for the staff of its areas
(another area's row is a 404), drafts included (events/previews.py)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse

from areas.permissions import staff_permission_required, visible_to
from events import previews
from events.models import ActivityReport, Event


@staff_permission_required("events.view_event")
def event_preview(request, pk):
    event = get_object_or_404(visible_to(Event.objects.all(), request.user, "area_groups"), pk=pk)
    admin_url = reverse("admin:events_event_change", args=[event.pk])
    return previews.event_preview(request, event, admin_url)


@staff_permission_required("events.view_activityreport")
def report_preview(request, pk):
    reports = visible_to(ActivityReport.objects.all(), request.user, "event__area_groups")
    report = get_object_or_404(reports, pk=pk)
    admin_url = reverse("admin:events_activityreport_change", args=[report.pk])
    return previews.report_preview(request, report, admin_url)
