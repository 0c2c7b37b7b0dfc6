from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from areas.admin import PublishingAdminMixin
from areas.permissions import AreaScopedAdminMixin, AreaScopedInlineMixin, is_secretariat
from core.admin_forms import VersionedAdminMixin, VersionedModelForm
from core.images import SafeImageField
from events import previews
from events.models import ActivityReport, Event, Photo, Venue


@admin.register(Venue)
class VenueAdmin(VersionedAdminMixin, AreaScopedAdminMixin, admin.ModelAdmin):
    # A venue belongs to the area group of its municipality. Coordinators see and edit
    # the venues of their municipalities; venues elsewhere are kept by the secretariat.
    area_path = "municipality__area_group"
    list_display = ["name", "address", "municipality"]
    list_filter = [("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "address"]
    autocomplete_fields = ["municipality"]
    list_select_related = ["municipality"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not is_secretariat(request.user) and "municipality" in form.base_fields:
            # Without a municipality the venue would belong to no area and vanish.
            form.base_fields["municipality"].required = True
        return form


class ActivityReportInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.StackedInline):
    model = ActivityReport
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        # Each row's title names its event: read with the rows, not once per row.
        return super().get_queryset(request).select_related("event")


class EventForm(VersionedModelForm):
    class Meta:
        model = Event
        fields = "__all__"


class AddedInlinesMixin:
    """Inlines that an app above events adds to one of its admins (plans adds what a
    gathering raised): events may not import them, so they come through `add_inline`."""

    added_inlines: tuple = ()

    def get_inlines(self, request, obj):
        return [*super().get_inlines(request, obj), *self.added_inlines]


def add_inline(model_admin: type[AddedInlinesMixin], inline) -> None:
    """Show `inline` on `model_admin`'s pages, after its own inlines (call once, at import)."""
    if inline not in model_admin.added_inlines:
        model_admin.added_inlines = (*model_admin.added_inlines, inline)


@admin.register(Event)
class EventAdmin(
    AddedInlinesMixin,
    VersionedAdminMixin,
    AreaScopedAdminMixin,
    PublishingAdminMixin,
    SimpleHistoryAdmin,
):
    # An event may belong to several groups: a coordinator sees it when one of them is
    # theirs and changes it only when all of them are (see areas/permissions.py).
    area_path = "area_groups"
    form = EventForm
    preview_url_name = "staff:event_preview"
    list_display = [
        "title",
        "kind",
        "starts_at",
        "recurrence",
        "status",
        "publication",
        "preview_link",
    ]
    list_filter = [
        "publication",
        "status",
        "kind",
        "recurrence",
        ("area_groups", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "description"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["area_groups", "organizers", "venue"]
    filter_horizontal = ["goals", "common_themes"]
    readonly_fields = ["preview_link"]
    actions = ["publish", "unpublish"]

    def preview_response(self, request, obj, admin_url=None):
        return previews.event_preview(request, obj, admin_url)

    def get_inlines(self, request, obj):
        # Named here, not in `inlines`: the photo inlines are defined further down.
        return [ActivityReportInline, EventPhotoInline, *super().get_inlines(request, obj)]


class PhotoForm(forms.ModelForm):
    image = SafeImageField(label=_("写真"), help_text=Photo._meta.get_field("image").help_text)

    class Meta:
        model = Photo
        fields = ["event", "report", "image", "alt_text", "caption", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "event" in self.fields and "report" in self.fields:
            # A report's photo takes the report's event; only one of the two is needed.
            self.fields["event"].required = False

    def clean(self):
        cleaned = super().clean()
        if "event" in self.fields and not cleaned.get("event"):
            report = cleaned.get("report")
            if report is None:
                self.add_error("event", _("活動か実施報告のどちらかを選んでください。"))
            else:
                cleaned["event"] = report.event
                self.instance.event = report.event
        return cleaned


class PhotoInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    """Photos of a report (several per report); the event is taken from the report."""

    model = Photo
    fk_name = "report"
    form = PhotoForm
    extra = 1
    fields = ["preview", "image", "alt_text", "caption", "position"]
    readonly_fields = ["preview"]

    @admin.display(description=_("縮小表示"))
    def preview(self, obj):
        if not obj.pk or not obj.thumbnail:
            return "—"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}">',
            obj.thumbnail.url,
            obj.thumbnail_width,
            obj.thumbnail_height,
            obj.alt_text,
        )


class EventPhotoInline(PhotoInline):
    """Photos introducing the event itself (not of a report)."""

    fk_name = "event"
    verbose_name = _("活動の紹介写真")
    verbose_name_plural = _("活動の紹介写真")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(report__isnull=True)


@admin.register(ActivityReport)
class ActivityReportAdmin(
    AddedInlinesMixin,
    VersionedAdminMixin,
    AreaScopedAdminMixin,
    PublishingAdminMixin,
    SimpleHistoryAdmin,
):
    """Reports are drafts (下書き) until published, like events (events/models/report.py)."""

    area_path = "event__area_groups"
    preview_url_name = "staff:report_preview"
    list_display = ["event", "held_on", "participants", "publication", "preview_link"]
    list_filter = ["publication", "held_on"]
    search_fields = ["event__title", "summary"]
    autocomplete_fields = ["event"]
    date_hierarchy = "held_on"
    list_select_related = ["event"]
    readonly_fields = ["preview_link"]
    actions = ["publish", "unpublish"]
    inlines = [PhotoInline]

    def preview_response(self, request, obj, admin_url=None):
        return previews.report_preview(request, obj, admin_url)


@admin.register(Photo)
class PhotoAdmin(VersionedAdminMixin, AreaScopedAdminMixin, SimpleHistoryAdmin):
    area_path = "event__area_groups"
    form = PhotoForm
    list_display = ["alt_text", "event", "report", "width", "height", "position"]
    search_fields = ["alt_text", "caption", "event__title"]
    autocomplete_fields = ["event", "report"]
    list_select_related = ["event", "report"]

    def get_fields(self, request, obj=None):
        return ["event", "report", "image", "alt_text", "caption", "position"]
