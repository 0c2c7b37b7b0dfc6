import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from areas.models import PublicationStatus
from core.fiscal_year import fiscal_year_bounds, fiscal_year_end, fiscal_year_of
from core.versioning import VersionedModel
from events.models.occurrence_change import OccurrenceAction, OccurrenceChange
from events.models.taking_part import SignupMethod, signup_errors
from events.recurrence import occurrence_starts
from events.recurrence_words import describe


class EventKind(models.TextChoices):
    CAFE = "cafe", _("カフェ・居場所")
    STUDY = "study", _("学習会")
    DISASTER_PREVENTION = "disaster_prevention", _("防災")
    TOWN_WALK = "town_walk", _("まち歩き")
    TOWN_MEETING = "town_meeting", _("タウンミーティング")
    VISIT = "visit", _("見学")
    EXCHANGE = "exchange", _("交流")
    PARTICIPATION = "participation", _("イベント参加")
    WATAMACHI_BRIEFING = "watamachi_briefing", _("わたまち説明会")
    WATAMACHI_CAFE = "watamachi_cafe", _("わたまちカフェ")
    WATAMACHI_MEETING = "watamachi_meeting", _("わたまちミーティング")
    OTHER = "other", _("その他")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("予定")
    CANCELLED = "cancelled", _("中止")
    POSTPONED = "postponed", _("延期")


class Recurrence(models.TextChoices):
    NONE = "", _("繰り返さない")
    WEEKLY = "weekly", _("毎週")
    MONTHLY_DATE = "monthly_date", _("毎月（同じ日付）")
    MONTHLY_WEEKDAY = "monthly_weekday", _("毎月（第◯◯曜日）")


@dataclass(frozen=True)
class Occurrence:
    """One dated occurrence of an event (the event itself when it does not repeat).

    A date of a series cancelled on its own stays listed with `cancelled` set; a moved one
    sits at its new times with `moved_from`, the date it replaces. `note` is the reason.
    """

    event: "Event"
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    cancelled: bool = False
    moved_from: datetime.date | None = None
    note: str = ""

    @property
    def date(self) -> datetime.date:
        return timezone.localtime(self.starts_at).date()


def _moved_into(start: datetime.datetime | None, end: datetime.datetime | None):
    """Events with a date moved into [start, end) (a moved last date may leave the series)."""
    moves = OccurrenceChange.objects.filter(event=OuterRef("pk"), action=OccurrenceAction.MOVED)
    if end is not None:
        moves = moves.filter(starts_at__lt=end)
    if start is not None:
        moves = moves.filter(ends_at__gte=start)
    return Exists(moves)


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication=PublicationStatus.PUBLISHED)

    def overlapping(self, start: datetime.datetime, end: datetime.datetime):
        """Events with an occurrence that may fall in [start, end).

        For a repeating event this is a superset (its series spans the window);
        `Event.occurrences_between` gives the exact dates.
        """
        single = Q(recurrence=Recurrence.NONE, starts_at__lt=end, ends_at__gte=start)
        series = ~Q(recurrence=Recurrence.NONE) & Q(
            starts_at__lt=end, recurrence_until__gte=timezone.localtime(start).date()
        )
        return self.filter(single | series | _moved_into(start, end))

    def upcoming(self, now: datetime.datetime | None = None):
        now = now or timezone.now()
        single = Q(recurrence=Recurrence.NONE, ends_at__gte=now)
        series = ~Q(recurrence=Recurrence.NONE) & Q(
            recurrence_until__gte=timezone.localtime(now).date()
        )
        return self.filter(single | series | _moved_into(now, None))

    def with_change_flag(self):
        """Mark each event with whether any date of it is cancelled or moved, in the same query,
        so a listing reads the changes of those series only (usually none: no query)."""
        changes = OccurrenceChange.objects.filter(event=OuterRef("pk"))
        return self.annotate(has_occurrence_changes=Exists(changes))

    def for_year(self, fiscal_year: int):
        return self.overlapping(*fiscal_year_bounds(fiscal_year))


class Event(VersionedModel):
    """An activity of one or more area groups: a café, a study session, a walk…"""

    title = models.CharField(_("名称"), max_length=200)
    description = models.TextField(_("内容"), blank=True)
    kind = models.CharField(_("種類"), max_length=32, choices=EventKind)
    area_groups = models.ManyToManyField(
        "areas.AreaGroup", related_name="events", verbose_name=_("まちづくりグループ")
    )
    organizers = models.ManyToManyField(
        "coops.Organization",
        blank=True,
        related_name="organized_events",
        verbose_name=_("主催・共催団体"),
    )
    starts_at = models.DateTimeField(_("開始日時"))
    ends_at = models.DateTimeField(_("終了日時"))
    venue = models.ForeignKey(
        "events.Venue",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("会場"),
    )
    online_url = models.URLField(_("オンライン参加URL"), blank=True)
    goals = models.ManyToManyField(
        "areas.Goal", blank=True, related_name="events", verbose_name=_("目標")
    )
    common_themes = models.ManyToManyField(
        "areas.CommonTheme", blank=True, related_name="events", verbose_name=_("共通テーマ")
    )
    status = models.CharField(
        _("開催状況"), max_length=16, choices=EventStatus, default=EventStatus.SCHEDULED
    )
    publication = models.CharField(
        _("公開状況"), max_length=16, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    recurrence = models.CharField(
        _("繰り返し"), max_length=16, choices=Recurrence, default=Recurrence.NONE, blank=True
    )
    recurrence_until = models.DateField(
        _("繰り返しの終了日"),
        null=True,
        blank=True,
        help_text=_("空なら、初回の年度の終わり（3月31日）まで繰り返します。"),
    )
    # Taking part (申し込み): what a resident needs to know to come.
    capacity = models.PositiveIntegerField(
        _("定員"), null=True, blank=True, help_text=_("1回あたりの人数。空なら定員なし")
    )
    fee = models.CharField(
        _("参加費"), max_length=100, blank=True, help_text=_("例: 無料、100円（お茶代）")
    )
    audience = models.CharField(
        _("対象"), max_length=200, blank=True, help_text=_("例: どなたでも、荒川区在住の方")
    )
    belongings = models.CharField(
        _("持ち物"), max_length=200, blank=True, help_text=_("例: 筆記用具、飲み物")
    )
    signup_method = models.CharField(
        _("申し込み方法"), max_length=16, choices=SignupMethod, default=SignupMethod.NONE
    )
    signup_url = models.URLField(
        _("申し込みページのURL"), blank=True, help_text=_("外部のページで申し込むときだけ")
    )
    signup_deadline = models.DateTimeField(
        _("申し込み締切"), null=True, blank=True, help_text=_("空なら各回の開始まで申し込めます")
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = EventQuerySet.as_manager()
    # The groups an event belongs to decide who may edit it: keep them in the history too.
    history = HistoricalRecords(verbose_name=_("活動・イベントの履歴"), m2m_fields=["area_groups"])

    class Meta:
        verbose_name = _("活動・イベント")
        verbose_name_plural = _("活動・イベント")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["publication", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")),
                name="events_event_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(recurrence=Recurrence.NONE, recurrence_until__isnull=True)
                | (~Q(recurrence=Recurrence.NONE) & Q(recurrence_until__isnull=False)),
                name="events_event_recurrence_has_end",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("終了日時は開始日時より後にしてください。")
        if self.recurrence and not self.recurrence_until and self.starts_at:
            # Groups plan by the fiscal year: a series left open runs to the year's end.
            first_year = fiscal_year_of(timezone.localtime(self.starts_at))
            self.recurrence_until = fiscal_year_end(first_year)
        if not self.recurrence and self.recurrence_until:
            errors["recurrence_until"] = _("繰り返さない活動には終了日は要りません。")
        if (
            self.recurrence
            and self.recurrence_until
            and self.starts_at
            and self.recurrence_until < timezone.localtime(self.starts_at).date()
        ):
            errors["recurrence_until"] = _("繰り返しの終了日は初回より後にしてください。")
        errors |= signup_errors(self)
        if errors:
            raise ValidationError(errors)

    @property
    def takes_signups_here(self) -> bool:
        return self.signup_method == SignupMethod.SITE

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        return self.status == EventStatus.POSTPONED

    @property
    def recurrence_label(self) -> str:
        """How the event repeats: 毎月第3土曜日, 毎週土曜日, 毎月15日 (empty if it does not)."""
        if not self.is_recurring:
            return ""
        return describe(self.recurrence, timezone.localtime(self.starts_at))

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at

    def occurrences_between(
        self, start: datetime.datetime, end: datetime.datetime
    ) -> list[Occurrence]:
        """The occurrences that start in [start, end), in order, with the series' changes:
        a cancelled date is kept and marked, a moved one is at its new time."""
        if not self.is_recurring:
            if start <= self.starts_at < end:
                return [Occurrence(self, self.starts_at, self.ends_at)]
            return []
        changes = self._occurrence_changes()
        found = []
        for s in self._series_starts(start, end):
            change = changes.get(timezone.localtime(s).date())
            if change is None:
                found.append(Occurrence(self, s, s + self.duration))
            elif change.is_cancelled:
                found.append(
                    Occurrence(self, s, s + self.duration, cancelled=True, note=change.note)
                )
        for change in changes.values():
            if (
                change.is_moved
                and start <= change.starts_at < end
                and self.is_series_date(change.original_date)
            ):
                found.append(
                    Occurrence(
                        self,
                        change.starts_at,
                        change.ends_at,
                        moved_from=change.original_date,
                        note=change.note,
                    )
                )
        found.sort(key=lambda o: o.starts_at)
        return found

    def _series_starts(self, start, end) -> list[datetime.datetime]:
        return occurrence_starts(self.recurrence, self.starts_at, self.recurrence_until, start, end)

    def _occurrence_changes(self) -> dict:
        """This series' changes by original date (prefetched by listings, else one query)."""
        if self.pk is None or getattr(self, "has_occurrence_changes", None) is False:
            return {}
        return {change.original_date: change for change in self.occurrence_changes.all()}

    def is_series_date(self, day: datetime.date) -> bool:
        """Whether the repeat rule itself gives `day` (changes aside)."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)
        return bool(self._series_starts(start, start + datetime.timedelta(days=1)))

    def series_dates_from(self, day: datetime.date) -> list[datetime.date]:
        """The dates the repeat rule gives from `day` to its end (changes aside)."""
        if not self.is_recurring:
            return []
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)
        end = datetime.datetime.combine(
            self.recurrence_until + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
        )
        return [timezone.localtime(s).date() for s in self._series_starts(start, end)]

    def occurrences(self) -> list[Occurrence]:
        """Every occurrence of the event, from the first to `recurrence_until` (and any date
        moved beyond either end)."""
        if not self.is_recurring:
            return [Occurrence(self, self.starts_at, self.ends_at)]
        tz = timezone.get_current_timezone()
        end = datetime.datetime.combine(
            self.recurrence_until + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
        )
        moved = [c.starts_at for c in self._occurrence_changes().values() if c.is_moved]
        start = min([self.starts_at, *moved])
        end = max([end, *(s + datetime.timedelta(seconds=1) for s in moved)])
        return self.occurrences_between(start, end)

    def next_occurrence(self, now: datetime.datetime | None = None) -> Occurrence | None:
        """The first occurrence that has not ended yet and is not cancelled."""
        now = now or timezone.now()
        if not self.is_recurring:
            return Occurrence(self, self.starts_at, self.ends_at) if self.ends_at >= now else None
        upcoming = self.occurrences_between(now - self.duration, now + datetime.timedelta(days=400))
        return next((o for o in upcoming if o.ends_at >= now and not o.cancelled), None)

    def is_occurrence_date(self, day: datetime.date) -> bool:
        """Whether the event takes place on `day`: a moved date's new day is, a cancelled one
        is not."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)
        found = self.occurrences_between(start, start + datetime.timedelta(days=1))
        return any(not o.cancelled for o in found)
