"""Validators with no domain: text shown to the public carries no private contact details.

Kept here rather than with the model that uses them, since migrations name them by path.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# A contact is shown by role only: no personal e-mail address or telephone number.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"0\d{1,4}[-‐ー−()（）\s]?\d{1,4}[-‐ー−()（）\s]?\d{3,4}")


def validate_no_personal_contact(value: str) -> None:
    if _EMAIL.search(value) or _PHONE.search(value):
        raise ValidationError(
            _(
                "個人のメールアドレスや電話番号は載せられません。"
                "団体のウェブサイトなど、公開の窓口を書いてください。"
            ),
            code="personal_contact",
        )
