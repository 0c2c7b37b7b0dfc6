from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from areas.models import PublicationStatus
from core.fiscal_year import fiscal_year_end, fiscal_year_start
from core.versioning import VersionedModel


class ActivityReportQuerySet(models.QuerySet):
    def published(self):
        """Public reports: published themselves, of a published event (both, never one)."""
        return self.marked_published().filter(event__publication=PublicationStatus.PUBLISHED)

    def marked_published(self):
        """Reports published themselves, whatever their event (for a page that already shows
        only a public event, or a preview of a draft event with its public reports)."""
        return self.filter(publication=PublicationStatus.PUBLISHED)

    def for_year(self, fiscal_year: int):
        return self.filter(
            held_on__gte=fiscal_year_start(fiscal_year), held_on__lte=fiscal_year_end(fiscal_year)
        )


class ActivityReport(VersionedModel):
    """What happened at one occurrence of an event (実施報告).

    A report is a draft (下書き) until published, like themes and events: the public sees it
    only when it and its event are both published (`ActivityReportQuerySet.published`).
    """

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("活動・イベント"),
    )
    held_on = models.DateField(_("実施日"))
    participants = models.PositiveIntegerField(_("参加者数"))
    summary = models.TextField(_("報告"))
    publication = models.CharField(
        _("公開状況"), max_length=16, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = ActivityReportQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("実施報告の履歴"))

    class Meta:
        verbose_name = _("実施報告")
        verbose_name_plural = _("実施報告")
        ordering = ["-held_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "held_on"], name="events_report_one_per_occurrence"
            ),
        ]
        # The latest reports (home page, feeds) without sorting every report.
        indexes = [models.Index(fields=["-held_on", "-id"], name="events_report_latest_idx")]

    def __str__(self):
        return f"{self.event}（{date_format(self.held_on, 'DATE_FORMAT')}）"

    def get_absolute_url(self):
        return reverse("events:report_detail", args=[self.event_id, self.pk])

    @property
    def is_published(self) -> bool:
        return self.publication == PublicationStatus.PUBLISHED

    def clean(self):
        if self.event_id and self.held_on and not self.event.is_occurrence_date(self.held_on):
            raise ValidationError(
                {"held_on": _("実施日は、この活動の開催日のどれかにしてください。")}
            )
