from django.contrib import admin

from events.models import ActivityReport, Event, Venue


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


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "recurrence", "status", "publication"]
    list_filter = ["publication", "status", "kind", "recurrence", "area_groups"]
    search_fields = ["title", "description"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["area_groups", "organizers", "venue"]
    filter_horizontal = ["goals", "common_themes"]
    inlines = [ActivityReportInline]


@admin.register(ActivityReport)
class ActivityReportAdmin(admin.ModelAdmin):
    list_display = ["event", "held_on", "participants"]
    list_filter = ["held_on"]
    search_fields = ["event__title", "summary"]
    autocomplete_fields = ["event"]
    date_hierarchy = "held_on"
    list_select_related = ["event"]
