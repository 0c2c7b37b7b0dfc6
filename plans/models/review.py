"""Reviews (振り返り・進捗確認) of a わたまちプラン, and the progress of each issue they record."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fiscal_year import fiscal_year_end, fiscal_year_start
from core.signals import data_changed
from core.versioning import VersionedModel
from plans.models.plan import (
    PROGRESS_VALIDATORS,
    AreaPlan,
    IssueStatus,
    PlanIssue,
    progress_status_constraints,
    progress_status_errors,
)


class PlanReviewQuerySet(models.QuerySet):
    def for_year(self, fiscal_year: int):
        return self.filter(
            held_on__gte=fiscal_year_start(fiscal_year), held_on__lte=fiscal_year_end(fiscal_year)
        )


class PlanReview(VersionedModel):
    """A periodic review (振り返り・進捗確認) of a plan."""

    plan = models.ForeignKey(
        AreaPlan, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("わたまちプラン")
    )
    held_on = models.DateField(_("実施日"))
    summary = models.TextField(_("振り返りのまとめ"))

    objects = PlanReviewQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("振り返りの履歴"))

    class Meta:
        verbose_name = _("振り返り・進捗確認")
        verbose_name_plural = _("振り返り・進捗確認")
        ordering = ["plan", "-held_on"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "held_on"], name="areas_review_one_per_day"),
        ]

    def __str__(self):
        return f"{self.plan.title} {self.held_on:%Y-%m-%d}"

    def clean(self):
        if (
            self.plan_id
            and self.held_on
            and self.plan.adopted_on
            and self.held_on < self.plan.adopted_on
        ):
            raise ValidationError(
                {"held_on": _("振り返りの実施日は、計画を掲げた日より後にしてください。")}
            )


class ReviewEntry(VersionedModel):
    """The progress of one issue recorded at a review. Saving it brings the issue's
    progress and status up to date when this is the issue's latest review."""

    review = models.ForeignKey(
        PlanReview,
        on_delete=models.CASCADE,
        related_name="entries",
        verbose_name=_("振り返り・進捗確認"),
    )
    issue = models.ForeignKey(
        PlanIssue,
        on_delete=models.CASCADE,
        related_name="review_entries",
        verbose_name=_("地域課題"),
    )
    status = models.CharField(
        _("状況"), max_length=16, choices=IssueStatus, default=IssueStatus.IN_PROGRESS
    )
    progress = models.PositiveSmallIntegerField(_("進捗（%）"), validators=PROGRESS_VALIDATORS)
    note = models.TextField(_("メモ"), blank=True)

    class Meta:
        verbose_name = _("課題ごとの進捗")
        verbose_name_plural = _("課題ごとの進捗")
        ordering = ["review", "issue__position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "issue"], name="areas_review_entry_once_per_issue"
            ),
            *progress_status_constraints("areas_reviewentry"),
        ]

    def __str__(self):
        return f"{self.issue}: {self.progress}%"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._bring_issue_up_to_date(self.issue_id)

    def delete(self, *args, **kwargs):
        issue_id = self.issue_id
        result = super().delete(*args, **kwargs)
        self._bring_issue_up_to_date(issue_id)
        return result

    @staticmethod
    def _bring_issue_up_to_date(issue_id):
        """The issue takes the progress and status of its latest review entry, if any."""
        latest = (
            ReviewEntry.objects.filter(issue_id=issue_id)
            .order_by("-review__held_on", "-pk")
            .values("progress", "status")
            .first()
        )
        if latest is not None:
            # A change to the issue like any other: an issue form opened before it is stale.
            PlanIssue.objects.filter(pk=issue_id).exclude(**latest).update(
                **latest, version=F("version") + 1
            )
            # update() sends no post_save: the issue's progress is on public pages.
            data_changed.send(sender=PlanIssue)

    def _review_plan_id(self):
        """The plan of this entry's review, also while a new review is being added with its
        entries (the admin's inline sets the unsaved review before validating)."""
        if ReviewEntry.review.is_cached(self):
            return self.review.plan_id
        if self.review_id:
            return (
                PlanReview.objects.filter(pk=self.review_id)
                .values_list("plan_id", flat=True)
                .first()
            )
        return None

    def clean(self):
        errors = progress_status_errors(self.status, self.progress)
        review_plan_id = self._review_plan_id()
        if self.issue_id and review_plan_id is not None and self.issue.plan_id != review_plan_id:
            errors["issue"] = _("この振り返りの計画の地域課題を選んでください。")
        if errors:
            raise ValidationError(errors)
