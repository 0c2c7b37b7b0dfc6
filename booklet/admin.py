"""The booklet in the admin: each year's words, and the editions published.

The words (YearBooklet) are written here by the 事務局. Publishing and withdrawing happen on
the booklet's pages (/reports/<year>/publish/, …/withdraw/); an edition is a record and is
never changed or deleted here.
"""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from booklet.links import report_url
from booklet.models import PublishedReport, YearBooklet
from core.admin_forms import VersionedAdminMixin
from core.fiscal_year import fiscal_year_label


@admin.display(description=_("年度"), ordering="fiscal_year")
def fiscal_year_column(obj):
    return fiscal_year_label(obj.fiscal_year)


@admin.register(YearBooklet)
class YearBookletAdmin(VersionedAdminMixin, admin.ModelAdmin):
    list_display = [fiscal_year_column, "network", "title", "publisher", "published_on"]
    list_filter = ["network", "fiscal_year"]
    search_fields = ["title", "lead", "theme_policy"]
    fields = [
        "network",
        "fiscal_year",
        "title",
        "lead",
        "theme_policy",
        "publisher",
        "published_on",
        "contact",
    ]


@admin.register(PublishedReport)
class PublishedReportAdmin(admin.ModelAdmin):
    list_display = [
        fiscal_year_column,
        "network",
        "number",
        "published_at",
        "published_by",
        "withdrawn_at",
        "view_link",
    ]
    list_filter = ["network", "fiscal_year"]
    readonly_fields = [
        "network",
        "fiscal_year",
        "number",
        "published_at",
        "published_by",
        "withdrawn_at",
        "withdrawn_by",
        "withdrawal_reason",
        "view_link",
    ]
    exclude = ["content"]

    @admin.display(description=_("報告"))
    def view_link(self, obj):
        url = report_url("edition", obj.network, obj.fiscal_year, obj.number)
        return format_html('<a href="{}">{}</a>', url, _("この版を見る"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Taking a year back is withdrawing (取り下げ) its edition, with a reason.
        return False
