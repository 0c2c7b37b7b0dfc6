"""The admin as a Japanese coordinator reads and types it, for every ModelAdmin and inline.

- Every date field (and the date half of every date-and-time pair) reads 令和9年1月13日,
  R9/1/13 and full-width digits besides the formats of portal/formats/ja
  (core/japanese_dates.py); the admin's calendar and 今日 link write 2027/01/13 as before.
- The delete confirmation leaves out the hidden link rows of many-to-many fields: Django
  lists them as 「Event_area_groups object (1)」, English a coordinator cannot act on.

`VersionedAdminMixin` (core/admin_forms.py) carries this mixin, so every admin of the portal
has it; tests/core/test_japanese_dates_everywhere.py checks each registered admin's forms.
"""

from django import forms
from django.apps import apps
from django.db import models
from django.utils.text import capfirst

from core.japanese_dates import JapaneseDateField, JapaneseSplitDateTimeField

FORM_CLASSES = {
    models.DateField: JapaneseDateField,
    models.DateTimeField: JapaneseSplitDateTimeField,
}
# Django's own choices, replaced; a form class an admin chose itself stays.
DJANGO_FORM_CLASSES = {None, forms.DateField, forms.SplitDateTimeField}


class JapaneseAdminMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # ModelAdmin.__init__ has merged the admin's own overrides with Django's widgets.
        for db_field, form_class in FORM_CLASSES.items():
            options = self.formfield_overrides.setdefault(db_field, {})
            if options.get("form_class") in DJANGO_FORM_CLASSES:
                options["form_class"] = form_class

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        models_ = apps.get_models(include_auto_created=True)
        links = [model._meta for model in models_ if model._meta.auto_created]
        prefixes = tuple(f"{capfirst(meta.verbose_name)}: " for meta in links)
        plurals = {meta.verbose_name_plural for meta in links}
        model_count = {name: n for name, n in model_count.items() if name not in plurals}
        return _without(to_delete, prefixes), model_count, perms_needed, protected


def _without(items, prefixes):
    """The nested list of rows to delete, without the lines that start with `prefixes`."""
    kept = []
    for item in items:
        if isinstance(item, list):
            item = _without(item, prefixes)
            if item:
                kept.append(item)
        elif not str(item).startswith(prefixes):
            kept.append(item)
    return kept
