import calendar
import datetime

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from areas.models import AreaGroup, Goal
from core.fiscal_year import is_calendar_year
from events import calendar_links, places, services
from events.filters import EventFilter
from events.models import ActivityReport, Event, Photo


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def _filterset(request):
    filterset = EventFilter(request.GET or None, queryset=Event.objects.published())
    if filterset.is_bound and not filterset.is_valid():
        messages.warning(
            request, _("正しく読み取れない条件があったため、その条件を外して表示しています。")
        )
    return filterset


def event_list(request):
    filterset = _filterset(request)
    queryset = filterset.qs
    first, last = filterset.window(timezone.localdate())
    occurrences = services.occurrences_in(
        queryset, _local_midnight(first), _local_midnight(last + datetime.timedelta(days=1))
    )
    paginator = Paginator(occurrences, services.page_size(request.GET.get("per_page")))
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = services.with_details(page.object_list)
    today = timezone.localdate()
    context = {
        "filter": filterset,
        "page": page,
        "first": first,
        "last": last,
        "page_sizes": services.PAGE_SIZES,
        "this_month": reverse("events:calendar", args=[today.year, today.month]),
        "past_query": f"?date_to={(today - datetime.timedelta(days=1)).isoformat()}",
        "breadcrumbs": [(_("活動・イベント"), None)],
    }
    return render(request, "events/event_list.html", context)


def event_calendar(request, year, month):
    # A month of dates, not a fiscal year: occurrences may run beyond the next fiscal year.
    if not (is_calendar_year(year) and 1 <= month <= 12):
        raise Http404(_("その月のカレンダーはありません。"))
    filterset = _filterset(request)
    weeks = calendar.Calendar(firstweekday=6).monthdatescalendar(year, month)
    start, end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    occurrences = services.with_details(
        services.occurrences_in(filterset.qs, _local_midnight(start), _local_midnight(end))
    )
    by_day = {}
    for occurrence in occurrences:
        by_day.setdefault(occurrence.date, []).append(occurrence)
    first = datetime.date(year, month, 1)
    previous_month = first - datetime.timedelta(days=1)
    next_month = first + datetime.timedelta(days=32)
    query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""

    def month_url(day):
        if not is_calendar_year(day.year):
            return None
        return reverse("events:calendar", args=[day.year, day.month]) + suffix

    context = {
        "filter": filterset,
        "month": first,
        "today": timezone.localdate(),
        "weeks": [[(day, by_day.get(day, [])) for day in week] for week in weeks],
        "month_occurrences": [o for o in occurrences if o.date.month == month],
        "previous_url": month_url(previous_month),
        "next_url": month_url(next_month),
        "breadcrumbs": [
            (_("活動・イベント"), reverse("events:list")),
            (_("カレンダー"), None),
        ],
    }
    return render(request, "events/event_calendar.html", context)


def event_detail(request, pk):
    event = get_object_or_404(detail_queryset(Event.objects.published()), pk=pk)
    return render(request, "events/event_detail.html", event_page_context(request, event))


def detail_queryset(events, reports=None):
    """`events` with what the event page shows: its venue, groups, organizers, goals, its own
    photos and its public reports with theirs (`reports`, for a preview adding a draft)."""
    if reports is None:
        reports = ActivityReport.objects.marked_published()
    return (
        events.with_change_flag()
        .select_related("venue__municipality")
        .prefetch_related(
            Prefetch("area_groups", queryset=AreaGroup.objects.order_by("position", "pk")),
            "organizers",
            Prefetch("goals", queryset=Goal.objects.select_related("charter")),
            "common_themes",
            # Photos (issue 4): the event's own, and each report's, two queries in all.
            Prefetch(
                "photos",
                queryset=Photo.objects.filter(report__isnull=True).order_by("position", "pk"),
                to_attr="event_photos",
            ),
            Prefetch(
                "reports", queryset=reports.prefetch_related(services.report_photos_prefetch())
            ),
        )
    )


def event_page_context(request, event) -> dict:
    """The event page's context, for the public page and every preview of it alike."""
    services.with_occurrence_changes([event])  # a series' cancelled and moved dates
    now = timezone.now()
    occurrence = services.shown_occurrence(event, now)
    page_url = request.build_absolute_uri(event.get_absolute_url())
    seats = places.for_event_page(event, occurrence, now)
    offer = calendar_links.for_event_page(request, event, now)
    reports = list(event.reports.all())
    return {
        "event": event,
        "occurrence": occurrence,
        "is_past": occurrence.ends_at < now,
        "next_occurrences": services.next_occurrences(event, 6, now) if event.is_recurring else [],
        "reports": reports,
        "og_photo": first_photo(
            [*event.event_photos, *(p for r in reports for p in r.photos.all())]
        ),
        "map_url": services.map_url(event.venue),
        "calendar": offer,
        "google_calendar_url": offer.google_url,
        "json_ld": services.json_ld(event, occurrence, page_url, seats.remaining),
        "places": seats,
        "signup_deadline": event.signup_deadline,
        "page_url": page_url,
        "breadcrumbs": [(_("活動・イベント"), reverse("events:list")), (event.title, None)],
    }


def report_detail(request, event_pk, pk):
    """An activity report's own page: public only when it and its event are published, and
    only under its own event's id (another event's id finds nothing)."""
    report = get_object_or_404(report_queryset(), event_id=event_pk, pk=pk)
    event = report.event
    context = {
        "report": report,
        "event": event,
        "photos": [photo for photo in report.photos.all() if photo.image and photo.card],
        "og_photo": first_photo(report.photos.all()),
        "page_url": request.build_absolute_uri(report.get_absolute_url()),
        "breadcrumbs": [
            (_("活動・イベント"), reverse("events:list")),
            (event.title, event.get_absolute_url()),
            (_("実施報告"), None),
        ],
    }
    return render(request, "events/report_detail.html", context)


def report_queryset():
    """Public reports with what their page shows: the event, its venue and areas, the photos."""
    return (
        ActivityReport.objects.published()
        .select_related("event__venue__municipality")
        .prefetch_related(
            Prefetch("event__area_groups", queryset=AreaGroup.objects.order_by("position", "pk")),
            services.report_photos_prefetch(),
        )
    )


def first_photo(photos):
    """The first photo whose files are there (one restored from history may have none)."""
    return next((photo for photo in photos if photo.image and photo.card), None)
