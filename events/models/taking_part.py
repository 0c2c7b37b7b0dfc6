"""What a resident needs to know to come: how to sign up (申し込み), and the rules that tie the
sign-up fields of an Event together (its 定員, 参加費, 対象 and 持ち物 are plain fields)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SignupMethod(models.TextChoices):
    NONE = "none", _("申し込み不要")
    SITE = "site", _("このサイトで申し込み")
    PHONE = "phone", _("電話で申し込み")
    EXTERNAL = "external", _("外部のページで申し込み")


def signup_errors(event) -> dict:
    """Field errors of the sign-up fields of `event` (empty when they agree)."""
    errors = {}
    if event.signup_method == SignupMethod.EXTERNAL and not event.signup_url:
        errors["signup_url"] = _("外部のページで申し込むときは、そのページのURLを入れてください。")
    if event.signup_method != SignupMethod.EXTERNAL and event.signup_url:
        errors["signup_url"] = _("URLは「外部のページで申し込み」のときだけ入れます。")
    if event.signup_method == SignupMethod.NONE and event.signup_deadline:
        errors["signup_deadline"] = _("申し込み不要の活動には締切は要りません。")
    return errors
