"""The 事務局 sees how many confirmed followers each area has; no one sees an address in the
admin (Follower itself is not registered)."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from follows.models import AreaFollowing


@admin.register(AreaFollowing)
class AreaFollowingAdmin(admin.ModelAdmin):
    list_display = ("name", "network", "follower_count")
    fields = ("name", "network", "follower_count")
    readonly_fields = fields
    list_select_related = ("network",)

    def get_queryset(self, request):
        confirmed = Q(followers__confirmed_at__isnull=False)
        return super().get_queryset(request).annotate(follower_count=Count("followers", confirmed))

    @admin.display(description=_("受け取っている人数"), ordering="follower_count")
    def follower_count(self, obj):
        return obj.follower_count

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
