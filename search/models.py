"""The search index: one row per public thing a resident may find at /search/.

Only public rows are here (a draft, an unpublished event or a preview never is): the apps'
`search_documents` modules say what is public, and the registry (search/registry.py) keeps
the rows in step with every save and delete. `normalized` and `readings` are what queries
match (search/query.py); the rest is what the results page shows.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    """The groups of the results page, in the order it shows them."""

    AREA = "area", _("地域・グループ")
    EVENT = "event", _("活動")
    REPORT = "report", _("活動報告")
    PLAN = "plan", _("わたまちプラン")
    COOP = "coop", _("生協・団体")


class SearchEntry(models.Model):
    kind = models.CharField(_("種類"), max_length=16, choices=Kind)
    title = models.CharField(_("見出し"), max_length=300)
    body = models.TextField(_("本文"), blank=True)
    url = models.CharField(_("URL"), max_length=300, help_text=_("日本語のページのパス"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    area_slug = models.CharField(_("地域"), max_length=40, blank=True)
    fiscal_year = models.PositiveSmallIntegerField(_("年度"), null=True, blank=True)
    sort_date = models.DateField(_("日付"), null=True, blank=True)
    normalized = models.TextField(_("検索用の文字列"))
    readings = models.TextField(_("読み"))

    class Meta:
        verbose_name = _("検索の見出し")
        verbose_name_plural = _("検索の見出し")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_one_per_object"
            ),
        ]
        indexes = [models.Index(fields=["kind", "-sort_date"], name="search_entry_kind_date")]

    def __str__(self):
        return self.title
