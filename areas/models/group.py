from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fiscal_year import fiscal_year_label, validate_fiscal_year
from core.versioning import VersionedModel


class AreaStatus(models.TextChoices):
    ACTIVE = "active", _("活動中")
    PROMOTING = "promoting", _("設置推進")
    PAUSED = "paused", _("休止")


class AreaGroupQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=AreaStatus.ACTIVE)

    def promoting(self):
        return self.filter(status=AreaStatus.PROMOTING)

    def in_prefecture(self, prefecture):
        return self.filter(municipality__prefecture=prefecture)

    def in_network(self, network):
        return self.filter(network=network)

    def coordinated_by(self, user):
        return self.filter(coordinators=user)

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class AreaGroup(VersionedModel):
    """One municipality's まちづくり group (or the effort to set one up)."""

    network = models.ForeignKey(
        "areas.Network",
        on_delete=models.PROTECT,
        related_name="area_groups",
        verbose_name=_("連絡会"),
    )
    municipality = models.OneToOneField(
        "areas.Municipality",
        on_delete=models.PROTECT,
        related_name="area_group",
        verbose_name=_("自治体"),
    )
    name = models.CharField(
        _("グループ名"),
        max_length=100,
        help_text=_("例: 荒川区まちづくり、生協のまちづくり☆八王子"),
    )
    slug = models.SlugField(
        _("URL用の名前"), max_length=40, unique=True, help_text=_("ローマ字（例: arakawa）")
    )
    status = models.CharField(
        _("状況"), max_length=16, choices=AreaStatus, default=AreaStatus.ACTIVE
    )
    position = models.PositiveSmallIntegerField(
        _("表示順"), default=0, help_text=_("冊子・一覧での並び順（小さいほど先）")
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coordinated_area_groups",
        verbose_name=_("コーディネーター"),
    )
    # The group's public contact, for residents who phone or write: an office's, never a
    # person's own number or address (it is shown on public pages).
    contact_name = models.CharField(
        _("問い合わせ先"),
        max_length=100,
        blank=True,
        help_text=_("例: コープみらい 荒川センター（個人の名前や電話番号は入れないでください）"),
    )
    contact_phone = models.CharField(
        _("問い合わせ先の電話番号"), max_length=30, blank=True, help_text=_("例: 03-1234-5678")
    )
    contact_hours = models.CharField(
        _("電話の受付時間"), max_length=100, blank=True, help_text=_("例: 平日 9時〜17時")
    )

    objects = AreaGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("まちづくりグループ")
        verbose_name_plural = _("まちづくりグループ")
        ordering = ["position", "municipality__code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("areas:detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)

    @property
    def is_active(self):
        return self.status == AreaStatus.ACTIVE

    @property
    def is_promoting(self):
        return self.status == AreaStatus.PROMOTING


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("会員生協")
    PARTNER = "partner", _("連携団体")


class MembershipQuerySet(models.QuerySet):
    def for_year(self, fiscal_year):
        return self.filter(fiscal_year=fiscal_year)


class Membership(VersionedModel):
    """An organization taking part in an area group during one fiscal year."""

    area_group = models.ForeignKey(
        AreaGroup,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("まちづくりグループ"),
    )
    organization = models.ForeignKey(
        "coops.Organization",
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("生協・団体"),
    )
    fiscal_year = models.PositiveSmallIntegerField(_("年度"), validators=[validate_fiscal_year])
    role = models.CharField(
        _("役割"), max_length=16, choices=MembershipRole, default=MembershipRole.MEMBER
    )
    position = models.PositiveSmallIntegerField(
        _("表示順"), default=0, help_text=_("冊子のメンバー一覧での順番")
    )

    objects = MembershipQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("参加団体の履歴"))

    class Meta:
        verbose_name = _("参加団体")
        verbose_name_plural = _("参加団体")
        ordering = ["area_group", "-fiscal_year", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["area_group", "organization", "fiscal_year"],
                name="areas_membership_once_per_group_year",
            ),
        ]

    def __str__(self):
        return f"{self.area_group} / {self.organization} ({fiscal_year_label(self.fiscal_year)})"
