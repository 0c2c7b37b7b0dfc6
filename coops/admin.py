from django.contrib import admin

from coops.models import Organization


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "formal_name", "kind", "is_member_coop", "website"]
    list_filter = ["kind", "is_member_coop"]
    search_fields = ["name", "formal_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["-is_member_coop", "name"]
