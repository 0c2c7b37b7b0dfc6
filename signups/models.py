"""A resident's sign-up (申し込み) for one date of an event, made without an account.

The resident keeps a private link to see or cancel it: the link carries a random token, the
row stores only its SHA-256 hash (`token_hash`), so a leaked database gives no working link.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.link_tokens import hash_link_token as hash_token
from core.link_tokens import new_link_token

MAX_PARTY_SIZE = 10


class SignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("申し込み済み")
    WAITLISTED = "waitlisted", _("補欠")
    CANCELLED = "cancelled", _("取り消し")


class SignupSource(models.TextChoices):
    WEB = "web", _("ウェブ")
    PHONE = "phone", _("電話で受付")


class SignupQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=SignupStatus.CANCELLED)

    def for_date(self, event, day):
        return self.filter(event=event, occurrence_date=day)

    def by_token(self, token: str):
        return self.filter(token_hash=hash_token(token))


class Signup(models.Model):
    personal_data = True  # a resident's name and contact: left out of exports unless asked

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="signups",
        verbose_name=_("活動・イベント"),
    )
    occurrence_date = models.DateField(_("開催日"))
    name = models.CharField(_("お名前"), max_length=100)
    email = models.EmailField(_("メールアドレス"), blank=True)
    phone = models.CharField(_("電話番号"), max_length=20, blank=True)
    party_size = models.PositiveSmallIntegerField(
        _("人数"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTY_SIZE)],
    )
    note = models.CharField(
        _("連絡事項"), max_length=300, blank=True, help_text=_("例: 車いすで参加します")
    )
    status = models.CharField(
        _("状態"), max_length=16, choices=SignupStatus, default=SignupStatus.CONFIRMED
    )
    source = models.CharField(
        _("受付方法"), max_length=16, choices=SignupSource, default=SignupSource.WEB
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("申し込み日時"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("取り消し日時"), null=True, blank=True, editable=False)

    objects = SignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("申し込み")
        verbose_name_plural = _("申し込み")
        ordering = ["event", "occurrence_date", "created_at", "pk"]
        indexes = [models.Index(fields=["event", "occurrence_date", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""), name="signups_signup_has_contact"
            ),
            models.CheckConstraint(
                condition=Q(party_size__gte=1, party_size__lte=MAX_PARTY_SIZE),
                name="signups_signup_party_size_range",
            ),
        ]

    def __str__(self):
        return f"{self.event} {self.occurrence_date:%Y-%m-%d}"

    def clean(self):
        if not self.email and not self.phone:
            raise ValidationError(_("メールアドレスか電話番号のどちらかを入れてください。"))

    def set_token(self) -> str:
        """A new secret for this row; returns the token (only its hash is kept)."""
        token, self.token_hash = new_link_token()
        return token

    @staticmethod
    def manage_path(token: str) -> str:
        return reverse("signups:manage", args=[token])

    @property
    def is_active(self) -> bool:
        return self.status != SignupStatus.CANCELLED
