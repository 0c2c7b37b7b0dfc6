"""Admin for わたまちプラン: plans with their issues, issues with their milestones and the
gatherings that raised them, reviews with their per-issue progress, the area's contacts, and
on the events admin the voices a gathering raised and the issues it raised; and the voices
residents sent (声を届ける), for the area's coordinator to moderate.

Area scoping and history are those of the rest of the admin: each ModelAdmin names its
`area_path` (the lookup from the row to its area group) for `AreaScopedAdminMixin`.
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from areas.admin import PublishingAdminMixin
from areas.permissions import AreaScopedAdminMixin, AreaScopedInlineMixin, is_valid_pk
from core.admin_forms import VersionedAdminMixin
from events.admin import ActivityReportAdmin, EventAdmin, add_inline
from plans import previews
from plans.models import (
    AreaPlan,
    IssueSource,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    RaisedVoice,
    ReviewEntry,
    SubmissionStatus,
    VoiceSubmission,
)
from plans.voice_forms import ModerationForm


class PlanAdminBase(VersionedAdminMixin, AreaScopedAdminMixin, SimpleHistoryAdmin):
    """Plans, issues and reviews follow the same area rule and keep the same history as
    themes (areas/permissions.py); each admin names the `area_path` to its group."""


@admin.display(description=_("振り返り"))
def review_flag(plan):
    if plan.is_overdue_for_review():
        return _("⚠ 振り返りの時期を過ぎています")
    due = plan.next_review_due() if plan.status == "active" else None
    return _("次の予定 %(day)s") % {"day": date_format(due)} if due else "—"


def warn_overdue(request, plans):
    for plan in plans:
        messages.warning(
            request,
            _(
                "「%(title)s」は振り返りの時期（%(due)s）を過ぎています。振り返り・進捗確認を記録してください。"
            )
            % {"title": plan.title, "due": date_format(plan.next_review_due())},
        )


class PlanIssueInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.StackedInline):
    model = PlanIssue
    extra = 0
    fields = [
        ("title", "approach"),
        "description",
        ("lead_organization", "lead_note"),
        ("status", "progress", "position"),
    ]
    autocomplete_fields = ["lead_organization"]
    show_change_link = True


@admin.register(AreaPlan)
class AreaPlanAdmin(PublishingAdminMixin, PlanAdminBase):
    area_path = "area_group"
    preview_url_name = "staff:plan_preview"
    readonly_fields = ["preview_link"]
    actions = ["publish", "unpublish"]
    list_display = [
        "title",
        "area_group",
        "period",
        "status",
        "publication",
        review_flag,
        "is_sample",
        "preview_link",
    ]
    list_filter = [
        "status",
        "publication",
        "is_sample",
        ("area_group", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "vision", "area_group__name"]
    autocomplete_fields = ["area_group"]
    filter_horizontal = ["organizations"]
    list_select_related = ["area_group"]
    inlines = [PlanIssueInline]
    fieldsets = [
        (None, {"fields": ["area_group", "title", "vision"]}),
        (_("期間と状況"), {"fields": [("first_fiscal_year", "last_fiscal_year"), "status"]}),
        (_("振り返り"), {"fields": ["adopted_on", "review_interval_months"]}),
        (_("参加している人たち・団体"), {"fields": ["organizations", "participants_note"]}),
        (_("公開"), {"fields": ["publication", "is_sample", "preview_link"]}),
    ]

    def preview_response(self, request, obj, admin_url=None):
        return previews.plan_preview(request, obj, admin_url)

    @admin.display(description=_("期間"), ordering="first_fiscal_year")
    def period(self, plan):
        return plan.period_label

    def get_queryset(self, request):
        return super().get_queryset(request).with_review_dates()

    def changelist_view(self, request, extra_context=None):
        overdue = self.get_queryset(request).overdue_for_review()
        count = overdue.count()
        if count:
            messages.warning(
                request,
                ngettext(
                    "振り返りの時期を過ぎたプランが%(count)s件あります。",
                    "振り返りの時期を過ぎたプランが%(count)s件あります。",
                    count,
                )
                % {"count": count},
            )
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET" and is_valid_pk(AreaPlan, object_id):
            plan = self.get_queryset(request).filter(pk=object_id).first()
            if plan is not None and plan.is_overdue_for_review():
                warn_overdue(request, [plan])
        return super().change_view(request, object_id, form_url, extra_context)


class MilestoneInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    model = Milestone
    extra = 1


class IssueSourceInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    """The plan issues a café or meeting raised (on the event's page)."""

    model = IssueSource
    extra = 0
    autocomplete_fields = ["issue"]


class IssueSourceFromIssueInline(IssueSourceInline):
    """The cafés and meetings that raised an issue (on the issue's page)."""

    autocomplete_fields = ["event"]


class RaisedVoiceInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    """The issues, needs and voices raised, typed in from the paper notes."""

    model = RaisedVoice
    extra = 3


@admin.register(PlanIssue)
class PlanIssueAdmin(PlanAdminBase):
    area_path = "plan__area_group"
    list_display = ["title", "plan", "approach", "status", "progress"]
    list_filter = ["approach", "status", ("plan__area_group", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "description", "plan__title"]
    autocomplete_fields = ["plan", "lead_organization"]
    list_select_related = ["plan"]
    inlines = [MilestoneInline, IssueSourceFromIssueInline]


class ReviewEntryInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    model = ReviewEntry
    extra = 0
    autocomplete_fields = ["issue"]


@admin.register(PlanReview)
class PlanReviewAdmin(PlanAdminBase):
    area_path = "plan__area_group"
    list_display = ["plan", "held_on"]
    list_filter = [("plan__area_group", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["plan__title", "summary"]
    autocomplete_fields = ["plan"]
    date_hierarchy = "held_on"
    list_select_related = ["plan"]
    inlines = [ReviewEntryInline]


@admin.register(PlanContact)
class PlanContactAdmin(PlanAdminBase):
    area_path = "area_group"
    list_display = ["display_name", "role", "area_group", "organization"]
    list_filter = ["role"]
    search_fields = ["display_name", "area_group__name"]
    autocomplete_fields = ["area_group", "organization"]
    list_select_related = ["area_group", "organization"]


# A gathering's page in the events admin shows what it raised for the plan.
add_inline(EventAdmin, IssueSourceInline)
add_inline(ActivityReportAdmin, RaisedVoiceInline)


@admin.register(VoiceSubmission)
class VoiceSubmissionAdmin(AreaScopedAdminMixin, admin.ModelAdmin):
    """Voices residents sent (声を届ける), moderated by the area's coordinator: 採用 makes a
    public voice of a gathering (plans/voice_forms.py), 見送り sets it aside. The sender's
    name and contact stay here, read-only, until the row is erased."""

    area_path = "area_group"
    form = ModerationForm
    list_display = ["created_at", "area_group", "short_body", "status"]
    list_filter = ["status", ("area_group", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["area_group"]
    date_hierarchy = "created_at"
    search_fields = ["body"]
    actions = ["decline"]
    shown = ["area_group", "created_at", "body", "name", "contact"]
    decided = ["status", "moderated_at", "moderated_by", "raised_voice"]

    @admin.display(description=_("内容"))
    def short_body(self, submission):
        return submission.body[:40]

    def has_add_permission(self, request):
        return False

    def get_fields(self, request, obj=None):
        if obj is not None and obj.raised_voice_id:
            return [*self.shown, *self.decided]
        return [*self.shown, "status", "report", "kind", "text", "issue", "moderated_at"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.raised_voice_id:
            return [*self.shown, *self.decided]  # adopted: the public voice is edited there
        return [*self.shown, "moderated_at"]

    def save_model(self, request, obj, form, change):
        if hasattr(form, "moderate"):
            form.moderate(request.user)
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description=_("選んだ声を見送りにする"), permissions=["change"])
    def decline(self, request, queryset):
        count = queryset.filter(status=SubmissionStatus.PENDING).update(
            status=SubmissionStatus.DECLINED, moderated_at=timezone.now(), moderated_by=request.user
        )
        self.message_user(
            request,
            ngettext(
                "%(count)s件の声を見送りにしました。", "%(count)s件の声を見送りにしました。", count
            )
            % {"count": count},
            messages.SUCCESS,
        )
