"""A year's booklet in its own words (title, lead, theme policy, publisher, date, contact).

The words belong to one network's booklet of one fiscal year and to no other: a year
without its own words shows that they are missing, never another year's text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from areas.models import Network
from core.fiscal_year import fiscal_year_label, validate_fiscal_year
from core.versioning import VersionedModel


class YearBookletQuerySet(models.QuerySet):
    def of(self, network, year: int):
        return self.filter(network=network, fiscal_year=year).first()


class YearBooklet(VersionedModel):
    """What the 事務局 writes for one network's booklet of one fiscal year."""

    network = models.ForeignKey(
        Network,
        on_delete=models.PROTECT,
        related_name="year_booklets",
        verbose_name=_("連絡会"),
    )
    fiscal_year = models.PositiveSmallIntegerField(_("年度"), validators=[validate_fiscal_year])
    title = models.CharField(_("題名"), max_length=200)
    lead = models.TextField(_("はじめに"), blank=True, help_text=_("冊子の冒頭の文章"))
    theme_policy = models.TextField(
        _("取り組みテーマの方針"),
        blank=True,
        help_text=_("その年度の取り組みテーマの決め方（冊子では「◆」で始まる文）"),
    )
    publisher = models.CharField(_("発行"), max_length=200, blank=True)
    published_on = models.DateField(
        _("発行日"), null=True, blank=True, help_text=_("空欄なら、公開した日が発行日になります")
    )
    contact = models.TextField(_("連絡先"), blank=True)

    objects = YearBookletQuerySet.as_manager()

    class Meta:
        verbose_name = _("年度の冊子の文言")
        verbose_name_plural = _("年度の冊子の文言")
        ordering = ["network", "-fiscal_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "fiscal_year"], name="booklet_words_unique_per_network_year"
            ),
        ]

    def __str__(self):
        return f"{self.network} {fiscal_year_label(self.fiscal_year)}"
