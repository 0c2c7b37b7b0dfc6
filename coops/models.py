from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.stored_files import ImageField, RowFiles, unguessable_name
from core.versioning import VersionedModel


class OrganizationKind(models.TextChoices):
    REGIONAL_COOP = "regional_coop", _("地域生協")
    HEALTH_COOP = "health_coop", _("医療・保健生協")
    WORKERS_COOP = "workers_coop", _("ワーカーズコープ")
    HOUSING_COOP = "housing_coop", _("住宅")
    SOCIAL_WELFARE_COUNCIL = "social_welfare_council", _("社会福祉協議会")
    COMMUNITY_SUPPORT_CENTER = "community_support_center", _("地域包括支援センター")
    NONPROFIT = "nonprofit", _("NPO・法人")
    GOVERNMENT = "government", _("行政")
    OTHER = "other", _("その他")


class OrganizationQuerySet(models.QuerySet):
    def member_coops(self):
        return self.filter(is_member_coop=True)

    def partners(self):
        return self.filter(is_member_coop=False)

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Organization(VersionedModel):
    """A co-operative, or a partner organization working with the area groups.

    The logo is stored under a random name; a replaced, cleared or deleted logo's file is
    deleted after the transaction commits (core/stored_files.py).
    """

    name = models.CharField(
        _("名称"),
        max_length=100,
        unique=True,
        help_text=_("冊子で使う呼び名（例: コープみらい）"),
    )
    formal_name = models.CharField(
        _("正式名称"), max_length=200, blank=True, help_text=_("例: 生活協同組合コープみらい")
    )
    slug = models.SlugField(
        _("URL用の名前"), max_length=60, unique=True, help_text=_("半角英数字（例: coop-mirai）")
    )
    kind = models.CharField(_("種別"), max_length=32, choices=OrganizationKind)
    is_member_coop = models.BooleanField(
        _("会員生協"),
        default=True,
        help_text=_("生協ならオン、社会福祉協議会・NPO・行政などの連携団体ならオフ"),
    )
    website = models.URLField(_("ウェブサイト"), blank=True)
    description = models.TextField(_("紹介"), blank=True)
    logo = ImageField(
        _("ロゴ"),
        upload_to="logos/",
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text=_("JPEG・PNG・WebP、10MBまで。メタデータは取り除いて保存します。"),
    )
    logo_width = models.PositiveIntegerField(_("ロゴの幅"), null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(
        _("ロゴの高さ"), null=True, blank=True, editable=False
    )

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("生協・団体")
        verbose_name_plural = _("生協・団体")
        ordering = ["-is_member_coop", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        stored = LOGO_FILES.stored(self)
        if self.logo and not getattr(self.logo, "_committed", True):
            self.logo.name = unguessable_name(self.logo.name)
        super().save(*args, **kwargs)
        LOGO_FILES.discard_replaced(stored, self)

    def get_absolute_url(self):
        return reverse("coops:detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)


LOGO_FILES = RowFiles(Organization, ["logo"])
