from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from areas.fiscal_year import fiscal_year_label
from areas.models import (
    AreaGroup,
    Charter,
    CommonTheme,
    Goal,
    Membership,
    Municipality,
    YearlyTheme,
)


@admin.display(description=_("年度"), ordering="fiscal_year")
def fiscal_year_column(obj):
    return fiscal_year_label(obj.fiscal_year)


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kana", "kind", "prefecture"]
    list_filter = ["kind", "prefecture"]
    search_fields = ["code", "name", "kana", "name_en"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]
    ordering = ["-fiscal_year", "position"]


@admin.register(AreaGroup)
class AreaGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "status", "position"]
    list_filter = ["status", "municipality__kind"]
    list_editable = ["position"]
    search_fields = ["name", "slug", "municipality__name", "municipality__kana"]
    autocomplete_fields = ["municipality", "coordinators"]
    inlines = [MembershipInline]
    list_select_related = ["municipality"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["area_group", "organization", fiscal_year_column, "role", "position"]
    list_filter = ["fiscal_year", "role", "area_group"]
    search_fields = ["area_group__name", "organization__name"]
    autocomplete_fields = ["area_group", "organization"]
    list_select_related = ["area_group", "organization"]


class GoalInline(admin.TabularInline):
    model = Goal
    extra = 0


@admin.register(Charter)
class CharterAdmin(admin.ModelAdmin):
    list_display = [fiscal_year_column, "philosophy"]
    inlines = [GoalInline]


@admin.register(CommonTheme)
class CommonThemeAdmin(admin.ModelAdmin):
    list_display = ["name", fiscal_year_column]
    list_filter = ["fiscal_year"]
    search_fields = ["name", "description"]


@admin.register(YearlyTheme)
class YearlyThemeAdmin(admin.ModelAdmin):
    list_display = ["area_group", fiscal_year_column, "headline", "publication", "updated_at"]
    list_filter = ["fiscal_year", "publication", "area_group"]
    search_fields = ["headline", "text", "area_group__name"]
    autocomplete_fields = ["area_group"]
    filter_horizontal = ["goals", "common_themes"]
    list_select_related = ["area_group"]


# わたまちプラン (issue 6): plans, issues, reviews and contacts.
from areas import admin_plans  # noqa: E402, F401
