from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.models import PublishedReport

admin.site.site_header = _("東京の生協のまちづくり 管理画面")
admin.site.site_title = _("まちづくり管理")
admin.site.index_title = _("管理メニュー")


# Yearly report (issue 5): published snapshots. Publishing happens on the report page
# (/reports/<year>/); here the secretariat sees who published when, and may delete one to
# take a year's report back to draft.
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
