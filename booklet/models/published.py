"""The published yearly booklets (年度報告): numbered editions, each a frozen snapshot.

Every publication of a network's year is a new edition (第1版, 第2版, …) recording who
published it and when; none is replaced or deleted. Withdrawing (取り下げ) marks the latest
edition with who, when and why; the 事務局 may publish the year again as a new edition.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from areas.models import Network
from core.fiscal_year import fiscal_year_label


class PublishedReportQuerySet(models.QuerySet):
    def of_year(self, network, year: int):
        """The year's editions of a network, the latest first."""
        return self.filter(network=network, fiscal_year=year).order_by("-number")

    def latest_of(self, network, year: int):
        """The year's latest edition, withdrawn or not (None before the first)."""
        return self.of_year(network, year).select_related("published_by", "withdrawn_by").first()

    def current(self, network, year: int):
        """The edition the public reads: the latest one, unless it was withdrawn."""
        latest = self.latest_of(network, year)
        return None if latest is None or latest.is_withdrawn else latest

    def years(self) -> list[int]:
        return sorted(set(self.values_list("fiscal_year", flat=True)), reverse=True)


class PublishedReport(models.Model):
    """One edition of a network's report for a fiscal year, as the 事務局 published it.

    `content` is everything the report page shows (see `booklet.services.build_report`),
    so later edits to themes or events do not change a published edition.
    """

    network = models.ForeignKey(
        Network,
        on_delete=models.PROTECT,
        related_name="published_reports",
        verbose_name=_("連絡会"),
    )
    fiscal_year = models.PositiveSmallIntegerField(_("年度"))
    number = models.PositiveSmallIntegerField(pgettext_lazy("booklet edition", "版"))
    content = models.JSONField(_("内容"))
    published_at = models.DateTimeField(_("公開日時"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("公開した人"),
    )
    withdrawn_at = models.DateTimeField(_("取り下げた日時"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("取り下げた人"),
    )
    withdrawal_reason = models.TextField(_("取り下げの理由"), blank=True)

    objects = PublishedReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("公開済みの年度報告")
        verbose_name_plural = _("公開済みの年度報告")
        # The table was created when the model was portal's; it kept its name
        # (booklet/migrations/0001_move_from_portal.py).
        db_table = "portal_publishedreport"
        ordering = ["network", "-fiscal_year", "-number"]
        constraints = [
            # Two publishes at the same moment cannot both become the same edition.
            models.UniqueConstraint(
                fields=["network", "fiscal_year", "number"],
                name="booklet_edition_number_unique",
            ),
        ]
        # The 事務局's work on the yearly booklet, each named so a view can ask for it
        # (given to the 事務局 group by portal's migration 0003; never to coordinators).
        # Withdrawing an edition is part of publishing (`publish_report`).
        permissions = [
            ("publish_report", _("年度報告を公開する")),
            ("preview_report", _("公開前の年度報告（下書き）を見る")),
            ("view_dashboard", _("年度のダッシュボードを見る")),
            ("export_year_data", _("年度の活動・報告・参加団体を書き出す")),
        ]

    def __str__(self):
        return _("%(year)s 第%(number)s版") % {
            "year": fiscal_year_label(self.fiscal_year),
            "number": self.number,
        }

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None
