from django.shortcuts import get_object_or_404, render

from areas.models import PublicationStatus
from areas.permissions import staff_permission_required, visible_to
from events.models import Event


@staff_permission_required("events.view_event")
def event_preview(request, pk):
    """The event as the public would see it, for staff of its areas; drafts included."""
    events = visible_to(Event.objects.all(), request.user, "area_groups")
    event = get_object_or_404(
        events.select_related("venue").prefetch_related("area_groups", "organizers"), pk=pk
    )
    return render(
        request,
        "events/event_preview.html",
        {"event": event, "is_draft": event.publication != PublicationStatus.PUBLISHED},
    )
