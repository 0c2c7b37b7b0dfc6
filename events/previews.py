"""Previews of an event's page and of a report on it: the public template and context
(events.views.event_page_context), marked as a preview (see areas/previews.py)."""

from django.db.models import Q

from areas.models import PublicationStatus
from areas.previews import is_draft, render_preview
from events.models import ActivityReport, Event
from events.views import detail_queryset, event_page_context


def event_preview(request, event, admin_url=None):
    """The event's page, draft or not, with its public reports."""
    shown = detail_queryset(Event.objects.filter(pk=event.pk)).get()
    context = event_page_context(request, shown)
    return render_preview(
        request, "events/event_detail.html", context, draft=is_draft(shown), admin_url=admin_url
    )


def report_preview(request, report, admin_url=None):
    """The report's event page with its public reports and this one, draft or not."""
    reports = ActivityReport.objects.filter(
        Q(publication=PublicationStatus.PUBLISHED) | Q(pk=report.pk)
    )
    shown = detail_queryset(Event.objects.filter(pk=report.event_id), reports).get()
    context = event_page_context(request, shown)
    return render_preview(
        request,
        "events/event_detail.html",
        context,
        draft=is_draft(shown, report),
        admin_url=admin_url,
    )
