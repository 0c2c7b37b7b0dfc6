"""The 事務局's two booklet forms: publishing (from its confirmation) and withdrawing."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PublishForm(forms.Form):
    """The edition number the confirmation page showed as the latest (0: none yet)."""

    based_on = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


class WithdrawForm(forms.Form):
    number = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("取り下げる理由"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("公開のページに、取り下げた日とともに表示されます。"),
        error_messages={"required": _("取り下げる理由を書いてください。")},
    )
