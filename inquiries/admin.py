"""Messages to a group, for that group's coordinators and the 事務局 (area-scoped: another
area's message is a 404, forged ids in a bulk action select nothing). Nobody adds or edits a
message: it is the resident's; 「対応済みにする」 records who handled it and when."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from areas.permissions import AreaScopedAdminMixin
from inquiries.models import GroupMessage


@admin.register(GroupMessage)
class GroupMessageAdmin(AreaScopedAdminMixin, admin.ModelAdmin):
    area_path = "area_group"
    list_display = ["created_at", "area_group", "name", "handled"]
    list_filter = [
        ("handled_at", admin.EmptyFieldListFilter),
        ("area_group", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["area_group"]
    date_hierarchy = "created_at"
    search_fields = ["name", "body"]
    actions = ["mark_handled"]
    fields = [
        "area_group",
        "created_at",
        "name",
        "email",
        "phone",
        "body",
        "handled_at",
        "handled_by",
    ]
    readonly_fields = fields

    @admin.display(description=_("対応済み"), boolean=True, ordering="handled_at")
    def handled(self, message):
        return message.is_handled

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("選んだ問い合わせを対応済みにする"), permissions=["change"])
    def mark_handled(self, request, queryset):
        count = queryset.filter(handled_at__isnull=True).update(
            handled_at=timezone.now(), handled_by=request.user
        )
        self.message_user(
            request,
            ngettext(
                "%(count)s件の問い合わせを対応済みにしました。",
                "%(count)s件の問い合わせを対応済みにしました。",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
