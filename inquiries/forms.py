"""The resident's form to ask an area group."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.form_guards import HoneypotMixin
from inquiries.models import GroupMessage


class GroupMessageForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = GroupMessage
        fields = ["name", "email", "phone", "body"]
        help_texts = {
            "email": _("お返事はこのアドレスに届きます。ほかの人には見えません。"),
            "phone": _("任意。電話でのお返事を希望するときに書いてください。"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(
                attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}
            ),
            "body": forms.Textarea(attrs={"rows": 8}),
        }
