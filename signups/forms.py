"""The sign-up form a resident fills in (no account), with a honeypot field."""

import re
import unicodedata

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.form_guards import HONEYPOT, HoneypotMixin
from signups.models import MAX_PARTY_SIZE, Signup
from signups.services import normalize_phone

# What a phone number may hold besides digits (after NFKC: full-width forms are plain), incl.
# the dashes people type in Japanese (ー, ‐, −, –, ―).
PHONE_OTHER = re.compile(r"[^0-9\-()\s+ー‐−–―]")


def _party_size_help() -> str:
    # Formatted when shown, not at import: a lazy msgid with % would freeze the language.
    return gettext("ご本人を含めた人数（%(max)s人まで）") % {"max": MAX_PARTY_SIZE}


class SignupForm(HoneypotMixin, forms.ModelForm):
    date = forms.ChoiceField(label=_("参加する日"), choices=())
    party_size = forms.IntegerField(
        label=_("人数"),
        min_value=1,
        max_value=MAX_PARTY_SIZE,
        initial=1,
        help_text=lazy(_party_size_help, str)(),
    )

    class Meta:
        model = Signup
        fields = ["name", "email", "phone", "party_size", "note"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(
                attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}
            ),
        }
        help_texts = {
            "email": _("確認メールと、取り消し用のリンクをお送りします。"),
            "phone": _("メールがない方は電話番号を。連絡が必要なときに使います。"),
        }

    def __init__(self, *args, dates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].choices = dates
        for name, field in self.fields.items():
            if name != HONEYPOT and field.required:
                field.widget.attrs["required"] = True

    def full_clean(self):
        super().full_clean()
        # Tie each error to its field for screen readers (the help text stays tied too).
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                described = [f"{bound.auto_id}-error"]
                if self.fields[name].help_text:
                    described.append(f"{bound.auto_id}_helptext")
                attrs = self.fields[name].widget.attrs
                attrs.update({"aria-describedby": " ".join(described), "aria-invalid": "true"})

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "")
        # Digits with the usual separators only: a letter means a mistyped number, which
        # dropping it would store as a wrong one.
        typed = unicodedata.normalize("NFKC", phone)
        if phone and (PHONE_OTHER.search(typed) or not 9 <= len(normalize_phone(phone)) <= 13):
            raise forms.ValidationError(_("電話番号を確かめてください（例: 03-1234-5678）。"))
        return normalize_phone(phone)

    def clean(self):
        cleaned = super().clean()
        # A mistyped address or phone already has its own error: do not add a second one.
        mistyped = "email" in self.errors or "phone" in self.errors
        if not cleaned.get("email") and not cleaned.get("phone") and not mistyped:
            self.add_error("email", _("メールアドレスか電話番号のどちらかを入れてください。"))
        return cleaned

    def _post_clean(self):
        # The row gets its event, date and token in the service; validate the fields only.
        pass
