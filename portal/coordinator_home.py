"""The coordinator's start page (the admin's front page): what to do next, area by area.

It lives in portal, the top of the apps, because it reads themes (areas), events and their
reports (events) and わたまち plans (plans) together; plans could import them too, but a
to-do list of themes and reports is no part of a plan.

For each area group the coordinator looks after (never another's; the 事務局 keep the
admin's usual front page):
- this fiscal year's 取り組みテーマ and its state: none yet (a link to the prefilled add form,
  and 「前年度からコピー」 when an earlier theme exists), 下書き (its change page), 公開 (its
  public page);
- the next occurrences of the area's events (each date of a repeating one counts);
- the occurrences of this fiscal year that have started by now and have no published 実施報告
  for their date, newest first (a cancelled event or date needs none; a draft report is
  offered for publishing rather than written again);
- from January, next year's theme once this year's exists (a link to its add form);
- the わたまちプラン whose review is due within REVIEW_SOON_DAYS or overdue.

The page runs a fixed number of queries, however many areas and events there are: the rows
of every area are read together and sorted into areas in Python.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone

from areas.models import AreaGroup, PublicationStatus, YearlyTheme
from areas.permissions import editable_area_groups, is_secretariat
from core.fiscal_year import fiscal_year_bounds, fiscal_year_of
from events.models import ActivityReport, Event, EventStatus
from events.models.event import Occurrence
from events.services import with_occurrence_changes
from plans.models import AreaPlan

UPCOMING_COUNT = 5
UPCOMING_DAYS = 365
MISSING_REPORTS_SHOWN = 10
REVIEW_SOON_DAYS = 14
# January to March, the fiscal year's last quarter: next year's theme is prepared.
NEXT_YEAR_FROM_MONTH_BEFORE = 4
EVENT_FIELDS = ("id", "title", "status", "starts_at", "ends_at", "recurrence", "recurrence_until")


@dataclass(frozen=True)
class ReportToDo:
    """A past occurrence without a published report; `draft_pk` names its draft if one exists."""

    occurrence: Occurrence
    draft_pk: int | None = None


@dataclass
class AreaHome:
    group: AreaGroup
    year: int
    theme: YearlyTheme | None = None
    has_earlier_theme: bool = False
    upcoming: list[Occurrence] = field(default_factory=list)
    missing_reports: list[ReportToDo] = field(default_factory=list)
    more_missing_reports: int = 0
    reviews_due: list[AreaPlan] = field(default_factory=list)
    next_year_theme: YearlyTheme | None = None
    prepare_next_year: bool = False  # from January: offer next year's theme once this one exists

    @property
    def next_year(self) -> int:
        return self.year + 1


def coordinator_home(user, now: datetime.datetime | None = None) -> list[AreaHome] | None:
    """The start page's areas for a coordinator; None for the 事務局 and anyone else."""
    if not user.is_authenticated or is_secretariat(user):
        return None
    now = now or current_time()
    year = fiscal_year_of(now)
    groups = _groups(user, year)
    if not groups:
        return None
    homes = {g.pk: AreaHome(g, year, has_earlier_theme=g.has_earlier_theme) for g in groups}
    _add_themes(homes, year, timezone.localdate(now))
    _add_occurrences(homes, year, now)
    today = timezone.localdate(now)
    due = AreaPlan.objects.overdue_for_review(today + datetime.timedelta(days=REVIEW_SOON_DAYS))
    for plan in due.filter(area_group__in=groups).order_by("review_base_on", "pk"):
        plan.review_overdue = plan.next_review_due() < today
        homes[plan.area_group_id].reviews_due.append(plan)
    return list(homes.values())


def current_time() -> datetime.datetime:
    """Now (a function of its own so tests can set the clock of this page alone)."""
    return timezone.now()


def _add_themes(homes: dict[int, AreaHome], year: int, today: datetime.date) -> None:
    themes = YearlyTheme.objects.filter(
        area_group__in=list(homes), fiscal_year__in=[year, year + 1]
    )
    for theme in themes:
        home = homes[theme.area_group_id]
        if theme.fiscal_year == year:
            home.theme = theme
        else:
            home.next_year_theme = theme
    for home in homes.values():
        late_in_year = today.month < NEXT_YEAR_FROM_MONTH_BEFORE
        home.prepare_next_year = bool(late_in_year and home.theme and not home.next_year_theme)


def _groups(user, year: int) -> list[AreaGroup]:
    earlier = YearlyTheme.objects.filter(area_group=OuterRef("pk"), fiscal_year__lt=year)
    groups = editable_area_groups(user).annotate(has_earlier_theme=Exists(earlier))
    return list(groups.order_by("position", "pk"))


def _add_occurrences(homes: dict[int, AreaHome], year: int, now: datetime.datetime) -> None:
    start, _end = fiscal_year_bounds(year)
    horizon = now + datetime.timedelta(days=UPCOMING_DAYS)
    ours = AreaGroup.objects.filter(pk__in=list(homes)).only("pk")
    events = (
        Event.objects.filter(area_groups__in=list(homes))
        .overlapping(start, horizon)
        .only(*EVENT_FIELDS)
        .with_change_flag()
        .annotate(shared=Exists(_groups_not_in(homes)))
        .prefetch_related(Prefetch("area_groups", queryset=ours, to_attr="our_groups"))
        .distinct()
    )
    events = with_occurrence_changes(events)  # one query, only if a series has changed dates
    reports = ActivityReport.objects.filter(event__in=events, held_on__gte=start.date())
    reported = {
        (event_pk, held_on): (pk if publication == PublicationStatus.DRAFT else None)
        for pk, event_pk, held_on, publication in reports.values_list(
            "pk", "event_id", "held_on", "publication"
        )
    }
    upcoming, missing = [], []
    for event in events:
        for occurrence in event.occurrences_between(start - event.duration, horizon):
            if occurrence.ends_at >= now:
                upcoming.append(occurrence)
            elif _lacks_report(occurrence, start, reported):
                key = (event.pk, occurrence.date)
                missing.append(ReportToDo(occurrence, reported.get(key)))
    upcoming.sort(key=lambda o: (o.starts_at, o.event.pk))
    missing.sort(key=lambda t: (t.occurrence.starts_at, t.occurrence.event.pk), reverse=True)
    for occurrence in upcoming:
        for group in occurrence.event.our_groups:
            if len(homes[group.pk].upcoming) < UPCOMING_COUNT:
                homes[group.pk].upcoming.append(occurrence)
    for to_do in missing:
        for group in to_do.occurrence.event.our_groups:
            home = homes[group.pk]
            if len(home.missing_reports) < MISSING_REPORTS_SHOWN:
                home.missing_reports.append(to_do)
            else:
                home.more_missing_reports += 1


def _groups_not_in(homes: dict[int, AreaHome]):
    """An event's groups other than this coordinator's: a joint event is the 事務局's to edit
    (areas/permissions.py), so it gets no edit or report link here."""
    links = Event.area_groups.through.objects.filter(event=OuterRef("pk"))
    return links.exclude(areagroup__in=list(homes))


def _lacks_report(occurrence: Occurrence, start: datetime.datetime, reported: dict) -> bool:
    """No published report yet (none, or only a draft) for a date that took place, of an
    event this coordinator may report on."""
    if occurrence.starts_at < start or occurrence.cancelled or occurrence.event.shared:
        return False
    if occurrence.event.status == EventStatus.CANCELLED:
        return False
    key = (occurrence.event.pk, occurrence.date)
    return key not in reported or reported[key] is not None
