"""Admin form pieces shared by the apps: optimistic concurrency on versioned models."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

STALE_MESSAGE = _(
    "保存できませんでした。あなたがこの画面を開いた後に、別の人がこの内容を変更して保存しています。"
    "あなたの入力はまだ保存されておらず、下に残っています。別のタブで最新の内容を確認し、"
    "必要な変更を反映してから、もう一度保存してください。"
)


class VersionedModelForm(forms.ModelForm):
    """Carries the row's `version` in a hidden field and refuses a save based on an old one.

    The model bumps `version` on every save, so a form opened before someone else's save
    holds a smaller number. The form is redisplayed with the user's input and an error;
    nothing is overwritten.
    """

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The number stored now, not the instance's: a restored old version starts from
        # the current row too.
        self.fields["edit_version"].initial = self._stored_version()

    def _stored_version(self, lock=False):
        if self.instance.pk is None:
            return 0
        rows = type(self.instance)._default_manager.filter(pk=self.instance.pk)
        if lock:
            rows = rows.select_for_update()
        return rows.values_list("version", flat=True).first()

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            submitted = cleaned.get("edit_version")
            if submitted is None or submitted != self._stored_version(lock=True):
                raise ValidationError(STALE_MESSAGE, code="stale")
        return cleaned
