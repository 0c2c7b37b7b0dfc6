from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.link_tokens import new_link_token


class InvitationQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(accepted_at__isnull=True, expires_at__gt=now)


class Invitation(models.Model):
    """An invitation for a coordinator: a single-use, expiring link to set a password.

    Only a hash of the token is stored; the link itself exists only in the email.
    """

    email = models.EmailField(_("メールアドレス"))
    area_groups = models.ManyToManyField(
        "areas.AreaGroup", related_name="invitations", verbose_name=_("担当するまちづくりグループ")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("招待した人"),
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    expires_at = models.DateTimeField(_("有効期限"), editable=False)
    accepted_at = models.DateTimeField(_("利用日時"), null=True, blank=True, editable=False)
    accepted_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("登録したアカウント"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("コーディネーターの招待")
        verbose_name_plural = _("コーディネーターの招待")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    def new_token(self) -> str:
        """Give the invitation a fresh token and expiry; returns the token for the link."""
        token, self.token_hash = new_link_token()
        self.expires_at = timezone.now() + timedelta(days=settings.INVITATION_MAX_AGE_DAYS)
        return token

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()
