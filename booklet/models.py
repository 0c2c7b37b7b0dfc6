"""The published yearly booklets (年度報告), one frozen snapshot per fiscal year."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fiscal_year import fiscal_year_label


class PublishedReportQuerySet(models.QuerySet):
    def years(self) -> list[int]:
        return list(self.order_by("-fiscal_year").values_list("fiscal_year", flat=True))


class PublishedReport(models.Model):
    """A fiscal year's report as the secretariat published it, frozen.

    `content` is everything the report page shows (see `booklet.services.build_report`),
    so later edits to themes or events do not change a published report until it is
    published again. Publishing again replaces the content and records who and when.
    """

    fiscal_year = models.PositiveSmallIntegerField(_("年度"), unique=True)
    content = models.JSONField(_("内容"))
    first_published_at = models.DateTimeField(_("初回公開日時"), auto_now_add=True)
    published_at = models.DateTimeField(_("公開日時"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("公開した人"),
    )
    publish_count = models.PositiveSmallIntegerField(_("公開回数"), default=1)

    objects = PublishedReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("公開済みの年度報告")
        verbose_name_plural = _("公開済みの年度報告")
        # The table was created when the model was portal's; it kept its name
        # (booklet/migrations/0001_move_from_portal.py).
        db_table = "portal_publishedreport"
        ordering = ["-fiscal_year"]
        # The 事務局's work on the yearly booklet, each named so a view can ask for it
        # (given to the 事務局 group by portal's migration 0003; never to coordinators).
        permissions = [
            ("publish_report", _("年度報告を公開する")),
            ("preview_report", _("公開前の年度報告（下書き）を見る")),
            ("view_dashboard", _("年度のダッシュボードを見る")),
            ("export_year_data", _("年度の活動・報告・参加団体を書き出す")),
        ]

    def __str__(self):
        return fiscal_year_label(self.fiscal_year)
