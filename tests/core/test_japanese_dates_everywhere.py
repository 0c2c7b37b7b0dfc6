"""Every date field of every admin form reads 令和9年1月13日: a new ModelAdmin or inline
that misses JapaneseAdminMixin (carried by VersionedAdminMixin) fails here."""

import datetime

import pytest
from django import forms
from django.contrib import admin
from django.test import RequestFactory
from django.utils import translation

pytestmark = pytest.mark.django_db

ERA_DATE = "令和9年1月13日"
DAY = datetime.date(2027, 1, 13)


def admin_forms(user):
    """(name, form class) of every registered admin's change form and of its inlines'."""
    request = RequestFactory().get("/admin/")
    request.user = user
    for model, model_admin in admin.site._registry.items():
        name = f"{model._meta.label}"
        yield name, model_admin.get_form(request, model(), fields=None)
        for inline in model_admin.get_inline_instances(request):
            formset = inline.get_formset(request, None, fields=None)
            yield f"{name} › {type(inline).__name__}", formset.form


def refusals(form_class):
    """The date fields of the form that do not read the era date."""
    for field_name, field in form_class.base_fields.items():
        try:
            if isinstance(field, forms.SplitDateTimeField):
                assert field.clean([ERA_DATE, "13:30"]).date() == DAY
            elif isinstance(field, forms.DateTimeField):
                assert field.clean(f"{ERA_DATE} 13:30").date() == DAY
            elif isinstance(field, forms.DateField):
                assert field.clean(ERA_DATE) == DAY
        except (forms.ValidationError, AssertionError):
            yield field_name


def test_every_date_field_of_every_admin_form_reads_an_era_date(superuser):
    refused, checked = {}, 0
    with translation.override("ja"):
        for name, form_class in admin_forms(superuser):
            checked += 1
            if fields := list(refusals(form_class)):
                refused[name] = fields
    assert checked > 20
    assert refused == {}


def test_the_event_filter_reads_an_era_date():
    from events.filters import EventFilter
    from events.models import Event

    with translation.override("ja"):
        form = EventFilter({"date_from": ERA_DATE}, queryset=Event.objects.none()).form
        assert form.is_valid(), form.errors
    assert form.cleaned_data["date_from"] == DAY
