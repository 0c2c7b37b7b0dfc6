from django.db import models
from django.utils.translation import gettext_lazy as _

from core.versioning import VersionedModel


class MunicipalityKind(models.TextChoices):
    WARD = "区", _("区")
    CITY = "市", _("市")
    TOWN = "町", _("町")
    VILLAGE = "村", _("村")


class MunicipalityQuerySet(models.QuerySet):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Municipality(VersionedModel):
    """A municipality (自治体), identified by its JIS X 0402 code such as 13118 (荒川区)."""

    code = models.CharField(_("自治体コード"), max_length=5, unique=True)
    name = models.CharField(_("名称"), max_length=20)
    kana = models.CharField(_("よみがな"), max_length=40)
    name_en = models.CharField(_("英語名"), max_length=60, blank=True)
    kind = models.CharField(_("区分"), max_length=1, choices=MunicipalityKind)
    prefecture = models.CharField(_("都道府県"), max_length=10, default="東京都")
    # Position on the schematic tile map of the prefecture (one square per municipality).
    tile_x = models.PositiveSmallIntegerField(_("地図の列"), null=True, blank=True)
    tile_y = models.PositiveSmallIntegerField(_("地図の行"), null=True, blank=True)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("自治体")
        verbose_name_plural = _("自治体")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[0-9]{5}$"),
                name="areas_municipality_code_five_digits",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.code,)
