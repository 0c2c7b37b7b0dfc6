"""Networks (連絡会): the groups that share a charter, a listing, figures and a yearly booklet.

Tokyo's co-ops run 東京の生協のまちづくり; 生活クラブ埼玉 runs わたまち. A group belongs to one
network, and each network's pages, figures and booklet count its own groups only.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.versioning import VersionedModel


class NetworkQuerySet(models.QuerySet):
    def default(self):
        """The network the portal's own pages speak for (settings.PORTAL_DEFAULT_NETWORK)."""
        return self.filter(slug=settings.PORTAL_DEFAULT_NETWORK).first()

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Network(VersionedModel):
    name = models.CharField(_("名称"), max_length=100, unique=True)
    slug = models.SlugField(
        _("URL用の名前"), max_length=40, unique=True, help_text=_("ローマ字（例: tokyo）")
    )
    description = models.TextField(_("説明"), blank=True)
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        verbose_name = _("連絡会")
        verbose_name_plural = _("連絡会")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    @property
    def is_default(self) -> bool:
        return self.slug == settings.PORTAL_DEFAULT_NETWORK
