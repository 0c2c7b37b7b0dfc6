"""Published events and their published activity reports in the site search
(search/registry.py). A report is public only while its event is: un-publishing an event
takes its reports out with it (`dependents`)."""

from django.utils import timezone

from core.fiscal_year import fiscal_year_of
from events.models import ActivityReport, Event
from search.models import Kind
from search.registry import Document, register


def _reports_of(event):
    return event.reports.all()


def _names(objects) -> str:
    return " ".join(o.name for o in objects)


@register(
    Event,
    public=lambda: (
        Event.objects.published()
        .select_related("venue")
        .prefetch_related("area_groups", "organizers")
    ),
    dependents=_reports_of,
)
def event_document(event: Event) -> Document:
    groups = list(event.area_groups.all())
    starts_on = timezone.localtime(event.starts_at).date()
    return Document(
        kind=Kind.EVENT,
        title=event.title,
        body=event.description,
        extra=" ".join(
            [
                event.get_kind_display(),
                event.venue.name if event.venue else "",
                _names(groups),
                _names(event.organizers.all()),
            ]
        ),
        url=event.get_absolute_url(),
        area_slug=groups[0].slug if groups else "",
        fiscal_year=fiscal_year_of(starts_on),
        sort_date=starts_on,
    )


@register(
    ActivityReport,
    public=lambda: (
        ActivityReport.objects.published()
        .select_related("event")
        .prefetch_related("event__area_groups")
    ),
)
def report_document(report: ActivityReport) -> Document:
    groups = list(report.event.area_groups.all())
    return Document(
        kind=Kind.REPORT,
        title=str(report),
        body=report.summary,
        extra=" ".join([report.event.get_kind_display(), _names(groups)]),
        url=report.get_absolute_url(),
        area_slug=groups[0].slug if groups else "",
        fiscal_year=fiscal_year_of(report.held_on),
        sort_date=report.held_on,
    )
