"""わたまちプラン: an area's participatory welfare town-planning plan (福祉によるまちづくり計画).

The process (seed: seikatsuclub-saitama-watamachi-plan):
わたまち説明会 → わたまちカフェ → わたまちミーティング
→ a 3–5 year plan whose local issues (地域課題) are each solved by 事業, 組合員活動 or 市民運動 →
periodic reviews (振り返り・進捗確認). The stages are events (events app); which café or meeting
raised an issue is `plans.IssueSource` (models/voices.py).

The tables were created by the areas app and moved here with their rows (migrations 0001–0003):
constraint names keep their `areas_` prefix.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from areas.models.theme import PublicationStatus
from core.fiscal_year import fiscal_year_label, validate_fiscal_year
from core.versioning import VersionedModel

MIN_PLAN_YEARS = 3
MAX_PLAN_YEARS = 5
MIN_REVIEW_INTERVAL = 1
MAX_REVIEW_INTERVAL = 24


class PlanStatus(models.TextChoices):
    DRAFTING = "drafting", _("策定中")
    ACTIVE = "active", _("実行中")
    COMPLETED = "completed", _("完了")


class Approach(models.TextChoices):
    """The three ways of solving a local issue the seed names."""

    BUSINESS = "business", _("事業")
    MEMBER_ACTIVITY = "member_activity", _("組合員活動")
    CIVIC_MOVEMENT = "civic_movement", _("市民運動")


class IssueStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未着手")
    IN_PROGRESS = "in_progress", _("取り組み中")
    ACHIEVED = "achieved", _("達成")
    ON_HOLD = "on_hold", _("保留")


# Status ↔ progress rules shared by issues and review entries.
PROGRESS_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


def progress_status_errors(status: str, progress: int | None) -> dict:
    errors = {}
    if progress is None:
        return errors
    if status == IssueStatus.ACHIEVED and progress != 100:
        errors["progress"] = _("「達成」にするときは進捗を100%にしてください。")
    elif status == IssueStatus.NOT_STARTED and progress != 0:
        errors["progress"] = _("「未着手」のときは進捗を0%にしてください。")
    return errors


def progress_status_constraints(prefix: str) -> list[models.CheckConstraint]:
    return [
        models.CheckConstraint(
            condition=Q(progress__gte=0, progress__lte=100), name=f"{prefix}_progress_0_to_100"
        ),
        models.CheckConstraint(
            condition=~Q(status=IssueStatus.ACHIEVED) | Q(progress=100),
            name=f"{prefix}_achieved_is_100",
        ),
        models.CheckConstraint(
            condition=~Q(status=IssueStatus.NOT_STARTED) | Q(progress=0),
            name=f"{prefix}_not_started_is_0",
        ),
    ]


class AreaPlanQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication=PublicationStatus.PUBLISHED)

    def for_year(self, fiscal_year: int):
        """Plans whose period covers a fiscal year."""
        return self.filter(first_fiscal_year__lte=fiscal_year, last_fiscal_year__gte=fiscal_year)

    def with_review_dates(self):
        """Annotate `last_reviewed_on` and `review_base_on` (last review, else adoption)."""
        if "review_base_on" in self.query.annotations:
            return self
        return self.annotate(
            last_reviewed_on=Max("reviews__held_on"),
        ).annotate(review_base_on=Coalesce("last_reviewed_on", "adopted_on"))

    def overdue_for_review(self, today: datetime.date | None = None):
        """Plans being carried out whose last review (or adoption) is more than one
        review interval ago. Written as one query that both SQLite and PostgreSQL run:
        base < today − interval months, with one threshold per allowed interval."""
        today = today or timezone.localdate()
        late = Q(pk__in=[])
        for months in range(MIN_REVIEW_INTERVAL, MAX_REVIEW_INTERVAL + 1):
            late |= Q(
                review_interval_months=months,
                review_base_on__lt=today - relativedelta(months=months),
            )
        return self.with_review_dates().filter(late, status=PlanStatus.ACTIVE)

    def coordinated_by(self, user):
        return self.filter(area_group__coordinators=user)


class AreaPlan(VersionedModel):
    """An area group's わたまちプラン (福祉によるまちづくり計画), a 3–5 fiscal-year plan."""

    area_group = models.ForeignKey(
        "areas.AreaGroup",
        on_delete=models.CASCADE,
        related_name="plans",
        verbose_name=_("まちづくりグループ"),
    )
    title = models.CharField(_("計画の名称"), max_length=200)
    vision = models.TextField(_("めざす姿"), help_text=_("この計画でめざす地域の姿"))
    first_fiscal_year = models.PositiveSmallIntegerField(
        _("開始年度"), validators=[validate_fiscal_year]
    )
    last_fiscal_year = models.PositiveSmallIntegerField(
        _("終了年度"), help_text=_("計画の期間は3〜5年度です。")
    )
    organizations = models.ManyToManyField(
        "coops.Organization",
        blank=True,
        related_name="area_plans",
        verbose_name=_("参加団体"),
    )
    participants_note = models.TextField(
        _("参加している人たち"),
        blank=True,
        help_text=_("例: 地域の組合員、ワーカーズ、地域住民。個人名は書かないでください。"),
    )
    status = models.CharField(
        _("状況"), max_length=16, choices=PlanStatus, default=PlanStatus.DRAFTING
    )
    adopted_on = models.DateField(
        _("計画を掲げた日"),
        null=True,
        blank=True,
        help_text=_("実行中・完了の計画では必須です。振り返りの間隔はこの日から数えます。"),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("振り返りの間隔（か月）"),
        default=6,
        validators=[
            MinValueValidator(MIN_REVIEW_INTERVAL),
            MaxValueValidator(MAX_REVIEW_INTERVAL),
        ],
        help_text=_("何か月ごとに振り返り・進捗確認を行うか（1〜24）"),
    )
    publication = models.CharField(
        _("公開状況"), max_length=16, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    is_sample = models.BooleanField(_("サンプル"), default=False)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = AreaPlanQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("わたまちプランの履歴"))

    class Meta:
        verbose_name = _("わたまちプラン")
        verbose_name_plural = _("わたまちプラン")
        ordering = ["area_group", "-first_fiscal_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["area_group", "first_fiscal_year"],
                name="areas_plan_one_per_group_start_year",
            ),
            models.CheckConstraint(
                condition=Q(
                    last_fiscal_year__gte=models.F("first_fiscal_year") + (MIN_PLAN_YEARS - 1),
                    last_fiscal_year__lte=models.F("first_fiscal_year") + (MAX_PLAN_YEARS - 1),
                ),
                name="areas_plan_period_3_to_5_years",
            ),
            models.CheckConstraint(
                condition=Q(status=PlanStatus.DRAFTING) | Q(adopted_on__isnull=False),
                name="areas_plan_adopted_unless_drafting",
            ),
            models.CheckConstraint(
                condition=Q(
                    review_interval_months__gte=MIN_REVIEW_INTERVAL,
                    review_interval_months__lte=MAX_REVIEW_INTERVAL,
                ),
                name="areas_plan_review_interval_1_to_24",
            ),
        ]

    def __str__(self):
        return f"{self.title}（{self.period_label}）"

    def clean(self):
        errors = {}
        first, last = self.first_fiscal_year, self.last_fiscal_year
        if first is not None and last is not None:
            years = last - first + 1
            if not MIN_PLAN_YEARS <= years <= MAX_PLAN_YEARS:
                errors["last_fiscal_year"] = _(
                    "計画の期間は3〜5年度にしてください（いまは%(years)s年度）。"
                ) % {"years": years}
        if self.status != PlanStatus.DRAFTING and not self.adopted_on:
            errors["adopted_on"] = _("実行中・完了の計画には、計画を掲げた日を入れてください。")
        if errors:
            raise ValidationError(errors)

    @property
    def period_years(self) -> int:
        return self.last_fiscal_year - self.first_fiscal_year + 1

    @property
    def period_label(self) -> str:
        return gettext("%(first)s〜%(last)s") % {
            "first": fiscal_year_label(self.first_fiscal_year),
            "last": fiscal_year_label(self.last_fiscal_year),
        }

    @property
    def is_adopted(self) -> bool:
        return self.status != PlanStatus.DRAFTING

    def _review_base_on(self) -> datetime.date | None:
        if hasattr(self, "review_base_on"):
            return self.review_base_on
        last = self.reviews.aggregate(last=Max("held_on"))["last"]
        return last or self.adopted_on

    def next_review_due(self) -> datetime.date | None:
        """When the next review is due (last review, else adoption, plus the interval)."""
        base = self._review_base_on()
        if base is None:
            return None
        return base + relativedelta(months=self.review_interval_months)

    def is_overdue_for_review(self, today: datetime.date | None = None) -> bool:
        """The same rule as `AreaPlan.objects.overdue_for_review()`."""
        if self.status != PlanStatus.ACTIVE:
            return False
        base = self._review_base_on()
        if base is None:
            return False
        today = today or timezone.localdate()
        return base < today - relativedelta(months=self.review_interval_months)

    @property
    def overdue_for_review(self) -> bool:
        return self.is_overdue_for_review()


class PlanIssueQuerySet(models.QuerySet):
    def for_approach(self, approach: str):
        return self.filter(approach=approach)


class PlanIssue(VersionedModel):
    """A local issue (地域課題) of a plan, and how it will be solved."""

    plan = models.ForeignKey(
        AreaPlan, on_delete=models.CASCADE, related_name="issues", verbose_name=_("わたまちプラン")
    )
    title = models.CharField(_("地域課題"), max_length=200)
    description = models.TextField(_("説明"), blank=True)
    approach = models.CharField(
        _("解決の手段"),
        max_length=20,
        choices=Approach,
        help_text=_("事業で解決する・組合員活動で解決する・市民運動で解決する"),
    )
    lead_organization = models.ForeignKey(
        "coops.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_plan_issues",
        verbose_name=_("中心となる団体"),
    )
    lead_note = models.CharField(
        _("中心となる人たち"),
        max_length=200,
        blank=True,
        help_text=_("例: 支部の組合員有志、地域のワーカーズ（個人名は書かないでください）"),
    )
    status = models.CharField(
        _("状況"), max_length=16, choices=IssueStatus, default=IssueStatus.NOT_STARTED
    )
    progress = models.PositiveSmallIntegerField(
        _("進捗（%）"), default=0, validators=PROGRESS_VALIDATORS
    )
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)
    # The cafés and meetings that raised the issue; the event's side is `raised_plan_issues`.
    raised_at = models.ManyToManyField(
        "events.Event",
        through="plans.IssueSource",
        blank=True,
        related_name="raised_plan_issues",
        verbose_name=_("出された場"),
    )

    objects = PlanIssueQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("地域課題の履歴"))

    class Meta:
        verbose_name = _("地域課題")
        verbose_name_plural = _("地域課題")
        ordering = ["plan", "position", "pk"]
        constraints = progress_status_constraints("areas_planissue")

    def __str__(self):
        return self.title

    def clean(self):
        errors = progress_status_errors(self.status, self.progress)
        if errors:
            raise ValidationError(errors)

    @property
    def lead_label(self) -> str:
        names = [str(self.lead_organization)] if self.lead_organization_id else []
        if self.lead_note:
            names.append(self.lead_note)
        return "・".join(names)


class Milestone(VersionedModel):
    """A step towards solving an issue."""

    issue = models.ForeignKey(
        PlanIssue, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("地域課題")
    )
    title = models.CharField(_("目標・節目"), max_length=200)
    due_on = models.DateField(_("目安の時期"), null=True, blank=True)
    done = models.BooleanField(_("達成"), default=False)

    class Meta:
        verbose_name = _("節目（マイルストーン）")
        verbose_name_plural = _("節目（マイルストーン）")
        ordering = ["issue", models.F("due_on").asc(nulls_last=True), "pk"]

    def __str__(self):
        return self.title
