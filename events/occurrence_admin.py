"""Cancelling or moving one date of a repeating event, as a row on the event's admin page."""

import datetime
import functools

from django import forms
from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.formats import date_format

from areas.permissions import AreaScopedInlineMixin
from core.admin_forms import VersionedAdminMixin
from events.models import OccurrenceChange

# How many of a series' next dates the cancel/move row offers (a weekly event: over a year).
OCCURRENCE_CHOICES = 60


def date_label(day: datetime.date) -> str:
    return date_format(day, "DATE_FORMAT")


def original_date_choices(upcoming, taken, current) -> list[tuple[str, str]]:
    """The series' `upcoming` dates as 2027年1月16日(土), less those another row already
    changes (`taken`); a row keeps its own date `current` (even a past one)."""
    dates = [d for d in upcoming if d not in taken or d == current][:OCCURRENCE_CHOICES]
    if current and current not in dates:
        dates = sorted([current, *dates])
    return [("", "---------"), *((d.isoformat(), date_label(d)) for d in dates)]


class OccurrenceChangeForm(forms.ModelForm):
    """One date of the series, 中止 by default: choosing the date and saving cancels it."""

    original_date = forms.TypedChoiceField(
        label=OccurrenceChange._meta.get_field("original_date").verbose_name,
        coerce=datetime.date.fromisoformat,
        empty_value=None,
    )

    class Meta:
        model = OccurrenceChange
        fields = ["original_date", "action", "starts_at", "ends_at", "note"]
        widgets = {"action": forms.RadioSelect}

    def __init__(self, *args, upcoming=(), taken=frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["original_date"].choices = original_date_choices(
            upcoming, taken, self.instance.original_date
        )


class OccurrenceChangeFormSet(BaseInlineFormSet):
    """Gives each row the series' next dates and the dates the rows already change
    (worked out once for all the rows)."""

    @functools.cached_property
    def _dates(self):
        event = self.instance
        if event is None or event.pk is None:
            return {"upcoming": [], "taken": frozenset()}
        return {
            "upcoming": event.series_dates_from(timezone.localdate()),
            "taken": frozenset(change.original_date for change in self.get_queryset()),
        }

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), **self._dates}


class OccurrenceChangeInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    """Cancel or move one date of a repeating event; the series goes on."""

    model = OccurrenceChange
    form = OccurrenceChangeForm
    formset = OccurrenceChangeFormSet
    extra = 1
    fields = ["original_date", "action", "starts_at", "ends_at", "note"]
