from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fiscal_year import current_fiscal_year, fiscal_year_label, validate_fiscal_year
from core.versioning import VersionedModel


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("下書き")
    PUBLISHED = "published", _("公開")


class YearlyThemeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication=PublicationStatus.PUBLISHED)

    def for_year(self, fiscal_year):
        return self.filter(fiscal_year=fiscal_year)

    def current(self):
        return self.for_year(current_fiscal_year())


class YearlyTheme(VersionedModel):
    """An area group's theme (取り組みテーマ) for one fiscal year."""

    area_group = models.ForeignKey(
        "areas.AreaGroup",
        on_delete=models.CASCADE,
        related_name="themes",
        verbose_name=_("まちづくりグループ"),
    )
    fiscal_year = models.PositiveSmallIntegerField(_("年度"), validators=[validate_fiscal_year])
    headline = models.CharField(
        _("見出し"),
        max_length=200,
        blank=True,
        help_text=_("例: 知る・学ぶ・そして楽しむこと（設置推進の自治体は空欄でかまいません）"),
    )
    text = models.TextField(_("本文"))
    goals = models.ManyToManyField(
        "areas.Goal", blank=True, related_name="themes", verbose_name=_("目標")
    )
    common_themes = models.ManyToManyField(
        "areas.CommonTheme", blank=True, related_name="themes", verbose_name=_("共通テーマ")
    )
    publication = models.CharField(
        _("公開状況"), max_length=16, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = YearlyThemeQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("取り組みテーマの履歴"))

    class Meta:
        verbose_name = _("取り組みテーマ")
        verbose_name_plural = _("取り組みテーマ")
        ordering = ["-fiscal_year", "area_group"]
        constraints = [
            models.UniqueConstraint(
                fields=["area_group", "fiscal_year"], name="areas_theme_one_per_group_year"
            ),
        ]

    def __str__(self):
        label = fiscal_year_label(self.fiscal_year)
        return f"{self.area_group} {label}: {self.headline or self.text[:20]}"

    @property
    def is_published(self):
        return self.publication == PublicationStatus.PUBLISHED
