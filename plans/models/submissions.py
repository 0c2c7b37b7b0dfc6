"""A voice a resident sends to an area's わたまち process (声を届ける), waiting for moderation.

The seed's わたまちカフェ collects local concerns and needs (課題・ニーズ・声) on paper; the
portal also takes them from the area's page. A submission is never public: it waits as 未確認
until the coordinator adopts it (採用: it becomes a `RaisedVoice` of a chosen gathering's
report, worded by the coordinator, and may feed a plan issue) or sets it aside (見送り). The
sender's name and contact are never copied anywhere, and the row is erased after the
retention period (plans/retention.py).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("未確認")
    ADOPTED = "adopted", _("採用")
    DECLINED = "declined", _("見送り")


class VoiceSubmission(models.Model):
    personal_data = True  # the sender's name and contact: left out of exports unless asked

    area_group = models.ForeignKey(
        "areas.AreaGroup",
        on_delete=models.CASCADE,
        related_name="voice_submissions",
        verbose_name=_("まちづくりグループ"),
    )
    body = models.TextField(_("地域の困りごと・ほしいこと"), max_length=1000)
    name = models.CharField(_("お名前"), max_length=100, blank=True)
    contact = models.CharField(_("連絡先"), max_length=200, blank=True)
    status = models.CharField(
        _("状況"), max_length=16, choices=SubmissionStatus, default=SubmissionStatus.PENDING
    )
    created_at = models.DateTimeField(_("受け付けた日時"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("確認した日時"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("確認した人"),
    )
    raised_voice = models.ForeignKey(
        "plans.RaisedVoice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("採用した声"),
    )

    class Meta:
        verbose_name = _("届いた声")
        verbose_name_plural = _("届いた声")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="plans_voicesub_created_idx")]

    def __str__(self):
        return f"{self.area_group} / {self.created_at:%Y-%m-%d %H:%M}"
