from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from coops.models import Organization
from core.admin_forms import VersionedAdminMixin
from core.images import LOGO, SafeImageField


class OrganizationForm(forms.ModelForm):
    logo = SafeImageField(
        label=_("ロゴ"),
        required=False,
        max_width=LOGO.width,
        help_text=Organization._meta.get_field("logo").help_text,
    )

    class Meta:
        model = Organization
        fields = [
            "name",
            "formal_name",
            "slug",
            "kind",
            "is_member_coop",
            "website",
            "description",
            "logo",
        ]


@admin.register(Organization)
class OrganizationAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = OrganizationForm
    list_display = ["name", "formal_name", "kind", "is_member_coop", "website"]
    list_filter = ["kind", "is_member_coop"]
    search_fields = ["name", "formal_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["-is_member_coop", "name"]
