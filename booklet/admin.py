"""The published booklets in the admin: who published each year, and when.

Publishing happens on the booklet's page (/reports/<year>/); here the 事務局 sees the
snapshots and may delete one to take a year's booklet back to draft.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from booklet.models import PublishedReport


@admin.register(PublishedReport)
class PublishedReportAdmin(admin.ModelAdmin):
    list_display = ["fiscal_year", "published_at", "published_by", "publish_count", "view_link"]
    readonly_fields = [
        "fiscal_year",
        "first_published_at",
        "published_at",
        "published_by",
        "publish_count",
        "view_link",
    ]
    exclude = ["content"]

    @admin.display(description=_("報告"))
    def view_link(self, obj):
        url = reverse("reports:detail", args=[obj.fiscal_year])
        return format_html('<a href="{}">{}</a>', url, _("報告を見る"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
