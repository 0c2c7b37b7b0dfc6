"""Staff accounts in the admin: the 事務局 manages coordinators' accounts and roles.

The 事務局 holds add/change/view of users, but superusers are the operators' own: for
anyone who is not a superuser, superuser accounts do not exist in the admin (their
change, password and history pages are 404), the superuser flag and single permissions
are not on the form, and the only groups on offer are the two roles.
"""

from allauth.mfa.admin import AuthenticatorAdmin
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.http import Http404

from core.admin_japanese import JapaneseAdminMixin

OPERATOR_ONLY_FIELDS = {"is_superuser", "user_permissions"}

User = get_user_model()


class StaffUserAdmin(JapaneseAdminMixin, UserAdmin):
    def get_queryset(self, request):
        users = super().get_queryset(request)
        if not request.user.is_superuser:
            users = users.filter(is_superuser=False)
        return users

    def get_object(self, request, object_id, from_field=None):
        user = super().get_object(request, object_id, from_field)
        if user is None:
            raise Http404  # a superuser and a missing account look the same
        return user

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        return [
            (name, {**options, "fields": _without_operator_fields(options["fields"])})
            for name, options in fieldsets
        ]

    def get_list_filter(self, request):
        if request.user.is_superuser:
            return super().get_list_filter(request)
        return ["is_staff", "is_active", "groups"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(
                name__in=[settings.SECRETARIAT_GROUP, settings.COORDINATOR_GROUP]
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def _without_operator_fields(fields):
    return [f for f in fields if f not in OPERATOR_ONLY_FIELDS]


class StaffAuthenticatorAdmin(JapaneseAdminMixin, AuthenticatorAdmin):
    """allauth's admin of authenticators (operators only), its dates read as in Japan."""


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)
admin.site.unregister(Authenticator)
admin.site.register(Authenticator, StaffAuthenticatorAdmin)
