"""Who residents contact about an area's わたまちプラン: a role, not a person.

The seed: a 福祉まちづくりコーディネーター supports each area's plan; until one is in place the
地域福祉アドバイザー of (一社)ふくまち stands in. Pages show the role, the organization and a
public contact route — never a private e-mail address or telephone number.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.validators import validate_no_personal_contact
from core.versioning import VersionedModel


class ContactRole(models.TextChoices):
    COORDINATOR = "coordinator", _("福祉まちづくりコーディネーター")
    ADVISOR = "advisor", _("地域福祉アドバイザー")


class PlanContact(VersionedModel):
    """Who to contact about an area's plan — by role, never by private details."""

    area_group = models.ForeignKey(
        "areas.AreaGroup",
        on_delete=models.CASCADE,
        related_name="plan_contacts",
        verbose_name=_("まちづくりグループ"),
    )
    role = models.CharField(_("役割"), max_length=16, choices=ContactRole)
    display_name = models.CharField(
        _("表示名"),
        max_length=100,
        validators=[validate_no_personal_contact],
        help_text=_("例: ふくまち 地域福祉アドバイザー（個人名や連絡先は書かないでください）"),
    )
    organization = models.ForeignKey(
        "coops.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_contacts",
        verbose_name=_("所属団体"),
    )
    contact_route = models.CharField(
        _("問い合わせ方法"),
        max_length=200,
        blank=True,
        validators=[validate_no_personal_contact],
        help_text=_("例: 団体のウェブサイトの問い合わせフォームから"),
    )
    contact_url = models.URLField(
        _("問い合わせ先のURL"),
        blank=True,
        help_text=_("空欄なら所属団体のウェブサイトを表示します。"),
    )
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)

    history = HistoricalRecords(verbose_name=_("連絡先の履歴"))

    class Meta:
        verbose_name = _("わたまちの相談窓口")
        verbose_name_plural = _("わたまちの相談窓口")
        ordering = ["area_group", "position", "pk"]

    def __str__(self):
        return self.display_name

    def clean(self):
        if self.contact_url and (
            self.contact_url.lower().startswith("mailto:") or "@" in self.contact_url
        ):
            raise ValidationError(
                {"contact_url": _("メールアドレスではなく、公開のウェブページを入れてください。")}
            )

    @property
    def public_url(self) -> str:
        if self.contact_url:
            return self.contact_url
        return self.organization.website if self.organization_id else ""
