from django.contrib import admin

from areas.admin_plans import PlanIssueAdmin
from events.models import ActivityReport, Event, IssueSource, RaisedVoice, Venue


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "address", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "address"]
    autocomplete_fields = ["municipality"]
    list_select_related = ["municipality"]


class ActivityReportInline(admin.StackedInline):
    model = ActivityReport
    extra = 0


class IssueSourceInline(admin.TabularInline):
    """わたまちプラン: the plan issues a café or meeting raised."""

    model = IssueSource
    extra = 0
    autocomplete_fields = ["issue"]


class IssueSourceFromIssueInline(IssueSourceInline):
    autocomplete_fields = ["event"]


# The issue's admin lives in areas, which may not know events: add the inline from here.
PlanIssueAdmin.inlines = [*PlanIssueAdmin.inlines, IssueSourceFromIssueInline]


class RaisedVoiceInline(admin.TabularInline):
    """The issues, needs and voices raised, typed in from the paper notes."""

    model = RaisedVoice
    extra = 3


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "recurrence", "status", "publication"]
    list_filter = ["publication", "status", "kind", "recurrence", "area_groups"]
    search_fields = ["title", "description"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["area_groups", "organizers", "venue"]
    filter_horizontal = ["goals", "common_themes"]
    inlines = [ActivityReportInline, IssueSourceInline]


@admin.register(ActivityReport)
class ActivityReportAdmin(admin.ModelAdmin):
    list_display = ["event", "held_on", "participants"]
    list_filter = ["held_on"]
    search_fields = ["event__title", "summary"]
    autocomplete_fields = ["event"]
    date_hierarchy = "held_on"
    list_select_related = ["event"]
    inlines = [RaisedVoiceInline]
