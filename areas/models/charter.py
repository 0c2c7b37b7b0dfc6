from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fiscal_year import fiscal_year_label, validate_fiscal_year
from core.versioning import VersionedModel


class CharterQuerySet(models.QuerySet):
    def for_year(self, fiscal_year):
        """The charter in force in a fiscal year: the latest one adopted on or before it."""
        return self.filter(fiscal_year__lte=fiscal_year).order_by("-fiscal_year")

    def get_by_natural_key(self, fiscal_year):
        return self.get(fiscal_year=fiscal_year)


class Charter(VersionedModel):
    """The shared standards (基準) of a fiscal year: 理念, 目的 and numbered 目標."""

    fiscal_year = models.PositiveSmallIntegerField(
        _("年度"), unique=True, validators=[validate_fiscal_year]
    )
    philosophy = models.CharField(_("理念"), max_length=200)
    purpose = models.TextField(_("目的"))
    introduction = models.TextField(_("はじめに"), blank=True, help_text=_("冊子の冒頭の文章"))
    theme_policy = models.TextField(
        _("取り組みテーマの方針"), blank=True, help_text=_("その年度の取り組みテーマの決め方")
    )

    objects = CharterQuerySet.as_manager()

    class Meta:
        verbose_name = _("基準（理念・目的・目標）")
        verbose_name_plural = _("基準（理念・目的・目標）")
        ordering = ["-fiscal_year"]

    def __str__(self):
        return f"{fiscal_year_label(self.fiscal_year)} {self.philosophy}"

    def natural_key(self):
        return (self.fiscal_year,)


class Goal(VersionedModel):
    """A numbered goal (目標) of a charter."""

    charter = models.ForeignKey(
        Charter, on_delete=models.CASCADE, related_name="goals", verbose_name=_("基準")
    )
    number = models.PositiveSmallIntegerField(_("番号"))
    text = models.TextField(_("目標"))

    class Meta:
        verbose_name = _("目標")
        verbose_name_plural = _("目標")
        ordering = ["charter", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["charter", "number"], name="areas_goal_number_unique_per_charter"
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.text}"

    @property
    def fiscal_year(self):
        return self.charter.fiscal_year


class CommonThemeQuerySet(models.QuerySet):
    def for_year(self, fiscal_year):
        return self.filter(fiscal_year=fiscal_year)


class CommonTheme(VersionedModel):
    """A theme every area group shares in a fiscal year, such as 生活困窮者支援."""

    fiscal_year = models.PositiveSmallIntegerField(_("年度"), validators=[validate_fiscal_year])
    name = models.CharField(_("テーマ"), max_length=100)
    description = models.TextField(_("説明"), blank=True)

    objects = CommonThemeQuerySet.as_manager()

    class Meta:
        verbose_name = _("共通テーマ")
        verbose_name_plural = _("共通テーマ")
        ordering = ["-fiscal_year", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["fiscal_year", "name"], name="areas_common_theme_unique_per_year"
            ),
        ]

    def __str__(self):
        return f"{self.name}（{fiscal_year_label(self.fiscal_year)}）"
