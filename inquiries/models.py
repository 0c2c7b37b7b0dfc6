"""A resident's message to an area group (グループへの問い合わせ).

The resident's name, address and phone are personal data: they reach the group's coordinators
(by mail and in the admin, area-scoped) and nobody else, and the row is erased after the
retention period (inquiries/retention.py). No history table keeps a copy.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class GroupMessageQuerySet(models.QuerySet):
    def handled(self):
        return self.filter(handled_at__isnull=False)

    def unhandled(self):
        return self.filter(handled_at__isnull=True)


class GroupMessage(models.Model):
    personal_data = True  # a resident's name, address and message: left out of exports unless asked

    area_group = models.ForeignKey(
        "areas.AreaGroup",
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("まちづくりグループ"),
    )
    name = models.CharField(_("お名前"), max_length=100)
    email = models.EmailField(_("メールアドレス"))
    phone = models.CharField(_("電話番号"), max_length=30, blank=True)
    body = models.TextField(_("お問い合わせの内容"), max_length=2000)
    created_at = models.DateTimeField(_("受け付けた日時"), auto_now_add=True)
    handled_at = models.DateTimeField(_("対応した日時"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("対応した人"),
    )

    objects = GroupMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("グループへの問い合わせ")
        verbose_name_plural = _("グループへの問い合わせ")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="inquiries_message_created_idx")]

    def __str__(self):
        return f"{self.area_group} / {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_handled(self) -> bool:
        return self.handled_at is not None
