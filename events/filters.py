"""The filters of the event list and calendar (django-filter).

Bad values never break the page: a field that does not validate (an unknown
area, a date like 2023-13-45) is left out of the filtering and shown with its
error, and the view says so at the top of the list.
"""

import datetime

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from areas.models import CommonTheme, Goal
from core.fiscal_year import FIRST_KNOWN_YEAR, LAST_CALENDAR_YEAR, fiscal_year_label
from core.japanese_dates import JapaneseDateField
from events.filter_fields import AreaNameFilter, OrganizationNameFilter
from events.models import EventKind
from search.models import Kind, SearchEntry
from search.query import matching, parse

# Dates outside these years are not a real search; they would also overflow date arithmetic.
# Dates, not fiscal years: a recurring event may be planned beyond the next fiscal year.
EARLIEST = datetime.date(FIRST_KNOWN_YEAR, 1, 1)
LATEST = datetime.date(LAST_CALENDAR_YEAR, 12, 31)


class GoalChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _("%(year)s 目標%(number)s") % {
            "year": fiscal_year_label(obj.charter.fiscal_year),
            "number": obj.number,
        }


class CommonThemeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name}（{fiscal_year_label(obj.fiscal_year)}）"


class GoalFilter(django_filters.ModelChoiceFilter):
    field_class = GoalChoiceField


class CommonThemeFilter(django_filters.ModelChoiceFilter):
    field_class = CommonThemeChoiceField


class JapaneseDateFilter(django_filters.DateFilter):
    """A date typed as 令和9年1月13日 in a ?date_from= link works as 2027-01-13 does."""

    field_class = JapaneseDateField


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class EventFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        for name in ("date_from", "date_to"):
            value = cleaned.get(name)
            if value and not EARLIEST <= value <= LATEST:
                self.add_error(
                    name,
                    _("%(first)s年から%(last)s年までの日付を入れてください。")
                    % {"first": EARLIEST.year, "last": LATEST.year},
                )
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("終了日は開始日より後の日付にしてください。"))
        return cleaned


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("キーワード"),
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    # Typed, not chosen: thousands of areas and organizations at national scale
    # (events/filter_fields.py).
    area = AreaNameFilter(
        label=_("地域"),
        field_name="area_groups",
        widget=forms.TextInput(attrs={"placeholder": _("例：荒川区")}),
    )
    organization = OrganizationNameFilter(
        label=_("生協・団体"),
        field_name="organizers",
        widget=forms.TextInput(attrs={"placeholder": _("例：コープみらい")}),
    )
    kind = django_filters.ChoiceFilter(
        label=_("種類"), choices=EventKind.choices, empty_label=_("すべての種類")
    )
    goal = GoalFilter(
        label=_("目標"),
        field_name="goals",
        queryset=Goal.objects.select_related("charter").order_by("-charter__fiscal_year", "number"),
        empty_label=_("すべての目標"),
    )
    common_theme = CommonThemeFilter(
        label=_("共通テーマ"),
        field_name="common_themes",
        queryset=CommonTheme.objects.order_by("-fiscal_year", "pk"),
        empty_label=_("すべての共通テーマ"),
    )
    # The dates choose the window of occurrences (see EventFilter.window); they do not
    # filter rows themselves, because a repeating event's rows span many dates.
    date_from = JapaneseDateFilter(label=_("開始日"), method="keep", widget=DateInput())
    date_to = JapaneseDateFilter(label=_("終了日"), method="keep", widget=DateInput())

    class Meta:
        form = EventFilterForm
        fields = []

    def filter_text(self, queryset, name, value):
        # The site search's rule (search/query.py): normalized words, kana matched against
        # readings too, so ぼうさい, ボウサイ and ﾎﾞｳｻｲ find 防災. Only public events are in
        # the index, and the list shows only those. A query that cannot be searched (too
        # long) finds nothing rather than everything.
        query = parse(value)
        if not query.words and not query.error:
            return queryset
        found = matching(query, SearchEntry.objects.filter(kind=Kind.EVENT))
        return queryset.filter(pk__in=found.values("object_id"))

    def keep(self, queryset, name, value):
        return queryset

    def window(self, today: datetime.date) -> tuple[datetime.date, datetime.date]:
        """The dates [first, last] whose occurrences to list: what was asked, else a year ahead."""
        data = self.form.cleaned_data if self.is_bound else {}
        start, end = data.get("date_from"), data.get("date_to")
        year = datetime.timedelta(days=365)
        if start and end:
            return start, end
        if start:
            return start, start + year
        if end:
            return (today if end >= today else end - year), end
        return today, today + year
