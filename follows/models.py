"""A resident who follows areas (and kinds of activity) by email: the weekly digest.

Double opt-in: a Follower is pending until its confirmation link is opened
(`confirmed_at`); only confirmed followers get digests. Only the hash of the link's token is
stored. Confirming replaces any earlier follow of the same address, so subscribing again
changes the choice only once the owner of the mailbox confirms it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from areas.models import AreaGroup
from events.models import EventKind


class FollowerQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Follower(models.Model):
    personal_data = True  # a resident's address: left out of exports unless asked

    email = models.EmailField(_("メールアドレス"))
    areas = models.ManyToManyField(
        "areas.AreaGroup", related_name="followers", verbose_name=_("まちづくりグループ")
    )
    # EventKind values; empty: every kind.
    kinds = models.JSONField(_("活動の種類"), default=list, blank=True)
    # The language the resident followed in: their mails are written in it.
    language = models.CharField(_("言語"), max_length=8, default="ja")
    token_hash = models.CharField(_("確認用の鍵（ハッシュ）"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("登録日時"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("確認日時"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("最後に送った日時"), null=True, blank=True)

    objects = FollowerQuerySet.as_manager()

    class Meta:
        verbose_name = _("新着メールの受け取り")
        verbose_name_plural = _("新着メールの受け取り")
        indexes = [models.Index(fields=["email"]), models.Index(fields=["confirmed_at"])]

    def __str__(self):
        return str(_("新着メールの受け取り #%(pk)s") % {"pk": self.pk})

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def kind_labels(self) -> list[str]:
        return [str(EventKind(kind).label) for kind in self.kinds if kind in EventKind.values]


class AreaFollowing(AreaGroup):
    """An area group seen as its number of confirmed followers: what the 事務局 may see of
    following (never an address). View only."""

    class Meta:
        proxy = True
        default_permissions = ("view",)
        verbose_name = _("地域ごとの新着メールの受け取り数")
        verbose_name_plural = _("地域ごとの新着メールの受け取り数")
