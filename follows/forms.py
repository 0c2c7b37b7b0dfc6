"""The follow form: an address, areas grouped by 連絡会, kinds of activity, a honeypot."""

from django import forms
from django.utils.translation import gettext_lazy as _

from areas.models import AreaGroup
from core.form_guards import HoneypotMixin
from events.models import EventKind


def area_choices():
    """[(network name, [(slug, group name), ...]), ...]: the default network first."""
    groups = AreaGroup.objects.select_related("network").order_by(
        "network__position", "network__pk", "position", "municipality__code"
    )
    grouped: dict = {}
    for group in groups:
        grouped.setdefault(group.network, []).append((group.slug, group.name))
    ordered = sorted(grouped, key=lambda n: (not n.is_default, n.position, n.pk))
    return [(network.name, grouped[network]) for network in ordered]


class FollowForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("メールアドレス"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    areas = forms.MultipleChoiceField(
        label=_("まちづくりグループ"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("グループを1つ以上選んでください。")},
    )
    kinds = forms.MultipleChoiceField(
        label=_("活動の種類"),
        choices=EventKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("選ばなければ、すべての種類をお知らせします。"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["areas"].choices = area_choices()

    def area_fieldsets(self):
        """[(network name, [checkbox, ...]), ...] for one fieldset per 連絡会."""
        boxes = {box.data["value"]: box for box in self["areas"]}
        return [
            (network, [boxes[slug] for slug, _name in choices])
            for network, choices in self.fields["areas"].choices
        ]

    def chosen_groups(self):
        return AreaGroup.objects.filter(slug__in=self.cleaned_data["areas"])
