"""One date of a repeating event cancelled or moved, while the series goes on.

The rule: `original_date` is a date the series' rule gives (the monthly café's 第3土曜日);
中止 keeps the date listed, marked cancelled with the note, so nobody comes in vain; 日時変更
shows the occurrence at its new date and time instead, marked with the date it replaces.
A series has at most one change per date. `Event.occurrences_between` applies the changes.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.versioning import VersionedModel


class OccurrenceAction(models.TextChoices):
    CANCELLED = "cancelled", _("中止")
    MOVED = "moved", _("日時変更")


class OccurrenceChange(VersionedModel):
    """A cancelled or moved date of a repeating event (the series itself goes on)."""

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="occurrence_changes",
        verbose_name=_("活動・イベント"),
    )
    original_date = models.DateField(_("対象の開催日"))
    action = models.CharField(
        _("変更の内容"),
        max_length=16,
        choices=OccurrenceAction,
        default=OccurrenceAction.CANCELLED,
    )
    starts_at = models.DateTimeField(
        _("変更後の開始日時"), null=True, blank=True, help_text=_("日時変更のときだけ入れます。")
    )
    ends_at = models.DateTimeField(
        _("変更後の終了日時"),
        null=True,
        blank=True,
        help_text=_("空なら、いつもと同じ長さにします。"),
    )
    note = models.CharField(
        _("理由・お知らせ"),
        max_length=200,
        blank=True,
        help_text=_("公開ページに表示します。例：会場の都合により第4土曜日に変更します"),
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    history = HistoricalRecords(verbose_name=_("開催日の中止・変更の履歴"))

    class Meta:
        verbose_name = _("開催日の中止・変更")
        verbose_name_plural = _("開催日の中止・変更")
        ordering = ["original_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "original_date"], name="events_occurrence_change_once_per_date"
            ),
            models.CheckConstraint(
                condition=Q(action=OccurrenceAction.CANCELLED)
                | Q(
                    starts_at__isnull=False,
                    ends_at__isnull=False,
                    ends_at__gte=models.F("starts_at"),
                ),
                name="events_occurrence_move_has_times",
            ),
        ]

    def __str__(self):
        day = date_format(self.original_date, "DATE_FORMAT")
        return f"{day} {self.get_action_display()}"

    @property
    def is_cancelled(self) -> bool:
        return self.action == OccurrenceAction.CANCELLED

    @property
    def is_moved(self) -> bool:
        return self.action == OccurrenceAction.MOVED

    def original_start(self) -> datetime.datetime:
        """When the replaced occurrence would have started (its RECURRENCE-ID in a feed)."""
        first = timezone.localtime(self.event.starts_at)
        return datetime.datetime.combine(self.original_date, first.time(), tzinfo=first.tzinfo)

    def clean(self):
        errors = {}
        if self.is_moved:
            if self.starts_at is None:
                errors["starts_at"] = _("日時変更のときは、変更後の開始日時を入れてください。")
            elif self.ends_at is None and self.event_id:
                self.ends_at = self.starts_at + self.event.duration
            elif self.ends_at is not None and self.ends_at < self.starts_at:
                errors["ends_at"] = _("終了日時は開始日時より後にしてください。")
        else:
            # A cancelled date keeps no times: they would only mislead.
            self.starts_at = self.ends_at = None
        if self.event_id and self.original_date:
            message = self._original_date_error()
            if message:
                errors["original_date"] = message
            elif self.is_moved and self.starts_at and "starts_at" not in errors:
                message = self._new_date_error()
                if message:
                    errors["starts_at"] = message
        if errors:
            raise ValidationError(errors)

    def _new_date_error(self):
        """Two sessions on one day would read as a mistake on every page and calendar."""
        new_date = timezone.localtime(self.starts_at).date()
        if new_date != self.original_date and self.event.is_series_date(new_date):
            return _("%(date)sは、すでにこの活動の開催日です。別の日を選んでください。") % {
                "date": date_format(new_date, "DATE_FORMAT")
            }
        return None

    def _original_date_error(self):
        event = self.event
        if not event.is_recurring:
            return _(
                "繰り返す活動の開催日だけを中止・変更できます。"
                "一回だけの活動は「開催状況」で中止・延期にしてください。"
            )
        if not event.is_series_date(self.original_date):
            return _("%(date)sは、この活動の繰り返しの開催日ではありません。") % {
                "date": date_format(self.original_date, "DATE_FORMAT")
            }
        return None
