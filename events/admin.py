from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from areas.admin import PublishingAdminMixin
from areas.permissions import (
    AreaScopedAdminMixin,
    AreaScopedInlineMixin,
    editable_area_groups,
    is_secretariat,
)
from core.admin_forms import VersionedAdminMixin, VersionedModelForm
from core.images import SafeImageField
from events import previews, report_prefill
from events.models import ActivityReport, Event, Photo, Venue
from events.occurrence_admin import OccurrenceChangeInline, date_label
from events.photo_forms import ALT_HELP, ALT_LABEL, StagedPhotosForm

PHOTO_MEDIA = {"css": {"all": ["events/admin-photos.css"]}, "js": ["events/admin-photos.js"]}


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


class EventForm(StagedPhotosForm, VersionedModelForm):
    class Meta:
        model = Event
        fields = "__all__"
        help_texts = {"ends_at": _("開始と同じ日に終わるときは、時刻だけでかまいません。")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = end_on_start_day(
                self.data, self.add_prefix("starts_at"), self.add_prefix("ends_at")
            )

    def photo_owner(self):
        return self.instance, None  # the event's own photos (紹介写真)


def end_on_start_day(data, starts: str, ends: str):
    """`data` with the end's empty date half taken from the start's, when an end time is typed:
    most events end on the day they start, so the day need not be typed twice."""
    if data.get(f"{ends}_0", "").strip() or not data.get(f"{ends}_1", "").strip():
        return data
    data = data.copy()
    data[f"{ends}_0"] = data.get(f"{starts}_0", "")
    return data


class ActivityReportForm(StagedPhotosForm, VersionedModelForm):
    class Meta:
        model = ActivityReport
        fields = "__all__"

    def photo_owner(self):
        return self.instance.event, self.instance


class PhotoUploadAdminMixin:
    """The 「写真を追加」 section of an event's or a report's form (events/photo_forms.py):
    shown to who may add photos to this row, saved with the row. Put it first in the bases."""

    photo_fields = ("new_photos", "staged_photos")

    class Media:
        css = PHOTO_MEDIA["css"]
        js = PHOTO_MEDIA["js"]

    def may_add_photos(self, request, obj) -> bool:
        if not request.user.has_perm("events.add_photo"):
            return False
        if obj is None:
            return self.has_add_permission(request)
        return self.has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        # Its own section, below whatever sections the admin has (they may be changed).
        fieldsets = [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f not in self.photo_fields]},
            )
            for name, options in super().get_fieldsets(request, obj)
        ]
        if self.may_add_photos(request, obj):
            section = {"fields": list(self.photo_fields), "classes": ["photo-upload"]}
            fieldsets.append((_("写真を追加"), section))
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        # The staged photos' tokens are bound to this user.
        user = request.user if self.may_add_photos(request, obj) else None
        return type(form.__name__, (form,), {"photo_user": user})

    def save_related_for_preview(self, request, form, change):
        # The staged photos stay staged: a Photo row writes its files, which no rollback
        # removes, and the form in the other tab still adds them when saved.
        super().save_related(request, form, [], change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        added = form.save_staged_photos()
        if added:
            messages.success(request, _("写真を%(count)d枚追加しました。") % {"count": len(added)})


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
    PhotoUploadAdminMixin,
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
        "recurrence_text",
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
    readonly_fields = ["preview_link", "recurrence_summary"]
    actions = ["publish", "unpublish"]

    def preview_response(self, request, obj, admin_url=None):
        return previews.event_preview(request, obj, admin_url)

    def get_changeform_initial_data(self, request):
        # A coordinator of one area need not pick it: a new event starts in their group.
        initial = super().get_changeform_initial_data(request)
        if is_secretariat(request.user) or "area_groups" in initial:
            return initial
        groups = list(editable_area_groups(request.user).values_list("pk", flat=True)[:2])
        return initial | ({"area_groups": groups} if len(groups) == 1 else {})

    def get_inlines(self, request, obj):
        # Named here, not in `inlines`: the photo inlines are defined further down.
        # A saved series may have one date cancelled or moved (a one-off event has 開催状況).
        dates = [OccurrenceChangeInline] if obj is not None and obj.is_recurring else []
        return [*dates, ActivityReportInline, EventPhotoInline, *super().get_inlines(request, obj)]

    def get_fields(self, request, obj=None):
        # The repeat rule in words, right under the repeat fields, once the event is saved.
        fields = [f for f in super().get_fields(request, obj) if f != "recurrence_summary"]
        if obj is not None and obj.is_recurring:
            after = fields.index("recurrence_until") + 1 if "recurrence_until" in fields else 0
            fields.insert(after or len(fields), "recurrence_summary")
        return fields

    @admin.display(description=_("繰り返し"), ordering="recurrence")
    def recurrence_text(self, obj):
        return obj.recurrence_label or obj.get_recurrence_display()

    @admin.display(description=_("繰り返しの内容"))
    def recurrence_summary(self, obj):
        """毎月第3土曜日（次回 2027年1月16日(土)）: which week and weekday were understood."""
        if obj is None or not obj.is_recurring:
            return "—"
        upcoming = obj.next_occurrence()
        if upcoming is None:
            return _("%(rule)s（%(until)sで終了）") % {
                "rule": obj.recurrence_label,
                "until": date_label(obj.recurrence_until),
            }
        return _("%(rule)s（次回 %(date)s）") % {
            "rule": obj.recurrence_label,
            "date": date_label(upcoming.date),
        }


class PhotoForm(forms.ModelForm):
    image = SafeImageField(label=_("写真"), help_text=Photo._meta.get_field("image").help_text)
    alt_text = forms.CharField(label=ALT_LABEL, help_text=ALT_HELP, max_length=200)

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


class PhotoRowForm(forms.ModelForm):
    """An existing photo's row: its words and order. The image is replaced by deleting the row
    and choosing a new photo, so no file input sits in the table."""

    alt_text = forms.CharField(
        label=ALT_LABEL,
        help_text=ALT_HELP,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "photo-alt"}),
    )

    class Meta:
        model = Photo
        fields = ["alt_text", "caption", "position"]
        widgets = {
            "caption": forms.TextInput(attrs={"class": "photo-caption"}),
            "position": forms.NumberInput(attrs={"class": "photo-position"}),
        }


class PhotoInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.StackedInline):
    """Photos of a report (several per report); the event is taken from the report.

    New photos come through the form's 「写真を選ぶ」 field (kept across a validation error),
    not through blank rows here, whose chosen files a failed save would drop. Stacked, not a
    table: every field keeps its label, a fixed-width thumbnail beside them, and the rows
    fit at 1280 px and at 375 px (events/static/events/admin-photos.css)."""

    model = Photo
    fk_name = "report"
    form = PhotoRowForm
    extra = 0
    fields = ["preview", "alt_text", "caption", "position"]
    readonly_fields = ["preview"]
    classes = ["photo-inline"]

    class Media:
        css = PHOTO_MEDIA["css"]

    def has_add_permission(self, request, obj=None):
        return False

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
    PhotoUploadAdminMixin,
    AddedInlinesMixin,
    VersionedAdminMixin,
    AreaScopedAdminMixin,
    PublishingAdminMixin,
    SimpleHistoryAdmin,
):
    """Reports are drafts (下書き) until published, like events (events/models/report.py)."""

    area_path = "event__area_groups"
    form = ActivityReportForm
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

    def get_changeform_initial_data(self, request):
        # ?event=12&held_on=2027-01-16 from the start page: only an event the user may edit.
        events = self.admin_site._registry[Event].get_editable_queryset(request)
        initial = super().get_changeform_initial_data(request)
        return report_prefill.scoped_initial(initial, events)

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
