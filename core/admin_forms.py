"""Admin pieces that refuse a stale save: a form or an inline row opened before someone
else saved the same row is not saved, and the page comes back with the person's input.

Every versioned row (core/versioning.py) edited in the admin carries the version it was
opened with in the hidden `edit_version`; saving compares it with the stored row, locked.
`VersionedAdminMixin` gives that to a ModelAdmin's form and to an inline's rows, in every
app (core holds no domain, so every app may import it).
"""

import functools

from django import forms
from django.contrib.admin.options import InlineModelAdmin
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from core.admin_japanese import JapaneseAdminMixin
from core.versioning import VersionedModel

VERSION_FIELD = "edit_version"

STALE_MESSAGE = _(
    "保存できませんでした。あなたがこの画面を開いた後に、別の人がこの内容を変更して保存しています。"
    "あなたの入力はまだ保存されておらず、下に残っています。別のタブで最新の内容を確認し、"
    "必要な変更を反映してから、もう一度保存してください。"
)


class VersionedModelForm(forms.ModelForm):
    """Carries the row's `version` in a hidden field and refuses a save based on an old one.

    The model bumps `version` on every save, so a form opened before someone else's save
    holds a smaller number: the form is redisplayed with the user's input and an error;
    nothing is overwritten. A new row has nothing to compare with.
    """

    edit_version = forms.IntegerField(
        label=_("版"), widget=forms.HiddenInput, required=False, min_value=0
    )
    stale = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The version the row was read with; on a history restore page the instance is an
        # old version, so the form starts from the row stored now (one query, that page only).
        restoring = hasattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME)
        self.fields[VERSION_FIELD].initial = (
            self._stored_version() if restoring else self.instance.version
        )

    def _stored_version(self, lock=False):
        if self.instance.pk is None:
            return 0
        model = type(self.instance)
        # Ordered by the key alone: a default ordering that joins a nullable relation (a
        # photo's report) cannot be locked on PostgreSQL.
        rows = model._default_manager.filter(pk=self.instance.pk).order_by("pk")
        # Locked until the save commits; outside a transaction there is nothing to hold.
        if lock and transaction.get_connection(router.db_for_write(model)).in_atomic_block:
            rows = rows.select_for_update()
        return rows.values_list("version", flat=True).first()

    def has_changed(self):
        # The version is bookkeeping: a row has changed when one of its fields has (an
        # inline's blank extra row stays blank without it).
        return any(name != VERSION_FIELD for name in self.changed_data)

    def clean(self):
        cleaned = super().clean()
        stored = self._stored_version(lock=True) if self.instance.pk is not None else None
        # A deleted row brought back from its history has no stored version to compare with.
        if stored is not None:
            submitted = cleaned.get(VERSION_FIELD)
            self.stale = submitted is None or submitted != stored
            if self.stale:
                raise ValidationError(STALE_MESSAGE, code="stale")
        return cleaned


class VersionedInlineFormSet(BaseInlineFormSet):
    """Also refuses deleting a row someone else changed meanwhile: a formset ignores the
    errors of the rows it deletes, so the refusal is the formset's own."""

    def clean(self):
        super().clean()
        if any(f.stale for f in self.forms if self.can_delete and self._should_delete_form(f)):
            raise ValidationError(STALE_MESSAGE, code="stale")


@functools.cache
def versioned(form_or_formset):
    """The admin's own form (or inline formset) class with the version check on top."""
    if issubclass(form_or_formset, BaseInlineFormSet):
        check = VersionedInlineFormSet
    else:
        check = VersionedModelForm
    if issubclass(form_or_formset, check):
        return form_or_formset
    # The check first: its clean() runs the admin form's own clean(), then compares.
    return type(form_or_formset.__name__, (check, form_or_formset), {})


def _without_version(fieldsets):
    def strip(line):
        if isinstance(line, list | tuple):
            return tuple(name for name in line if name != VERSION_FIELD) or None
        return None if line == VERSION_FIELD else line

    return [
        (name, {**options, "fields": [s for s in map(strip, options["fields"]) if s]})
        for name, options in fieldsets
    ]


class VersionedAdminMixin(JapaneseAdminMixin):
    """Refuse stale saves in a ModelAdmin or an InlineModelAdmin of a versioned model.

    Every admin of the portal carries it, so it also brings JapaneseAdminMixin (era dates,
    no English link rows on the delete page) to all of them, versioned or not.

    Put it first in the bases, before AreaScopedAdminMixin:
    ``class PlanAdmin(VersionedAdminMixin, AreaScopedAdminMixin, SimpleHistoryAdmin)``.
    The admin's own form (PhotoForm, EventForm…) keeps working: the check is added on top.
    The hidden field is added to the fields or fieldsets whenever the rows are editable,
    since the admin renders only the fields they list.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if issubclass(self.model, VersionedModel):
            self.form = versioned(self.form)
            if isinstance(self, InlineModelAdmin):
                self.formset = versioned(self.formset)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not issubclass(self.model, VersionedModel):
            return fieldsets
        if not fieldsets:
            return fieldsets
        (name, options), *rest = _without_version(fieldsets)
        if obj is not None and self._edits_rows(request, obj):
            options = {**options, "fields": [*options["fields"], VERSION_FIELD]}
        return [(name, options), *rest]

    def _edits_rows(self, request, obj):
        """Whether the page posts this admin's existing rows back (else they are shown)."""
        if not self.has_change_permission(request, obj):
            return False
        if isinstance(self, InlineModelAdmin):
            parent = self.admin_site._registry.get(self.parent_model)
            return parent is None or parent.has_change_permission(request, obj)
        return True
