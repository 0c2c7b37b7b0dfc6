"""Sign-ups in the admin, for coordinators of the event's area (and the 事務局).

- The list is scoped to the user's areas (area_path "event__area_groups").
- A coordinator adds a person who phoned (受付方法: 電話): the place or 補欠 is decided as on
  the site, under the same lock; a mail goes out only when an e-mail address is given.
- "取り消す" cancels the selected sign-ups and moves 補欠 up, as the resident's own link does.
- "CSVで書き出す" exports the whole list of each selected sign-up's event date (only rows the
  user may see), for the day's reception desk.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from areas.permissions import AreaScopedAdminMixin
from events import signup_opening as opening
from signups import services
from signups.exports import signups_csv
from signups.models import Signup, SignupSource, SignupStatus


class PhoneSignupForm(forms.ModelForm):
    """A sign-up taken by phone: for an event that takes sign-ups here, on one of its dates
    that is not cancelled (a coordinator may take one after the site's deadline)."""

    def clean(self):
        cleaned = super().clean()
        event, day = cleaned.get("event"), cleaned.get("occurrence_date")
        if event and not event.takes_signups_here:
            self.add_error("event", _("この活動は、このサイトで申し込みを受け付けていません。"))
        elif event and day:
            occurrence = opening.occurrence_on(event, day)
            if occurrence is None or occurrence.cancelled:
                self.add_error(
                    "occurrence_date", _("この日には開催がありません（中止の日を含む）。")
                )
        return cleaned


@admin.register(Signup)
class SignupAdmin(AreaScopedAdminMixin, admin.ModelAdmin):
    area_path = "event__area_groups"
    list_display = [
        "occurrence_date",
        "event",
        "name",
        "party_size",
        "status",
        "source",
        "created_at",
    ]
    list_filter = [
        "status",
        "source",
        "occurrence_date",
        ("event", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["event"]
    search_fields = ["name", "event__title"]
    date_hierarchy = "occurrence_date"
    ordering = ["occurrence_date", "event", "created_at", "pk"]
    autocomplete_fields = ["event"]
    actions = ["export_csv", "cancel_selected"]
    add_fields = ["event", "occurrence_date", "name", "phone", "email", "party_size", "note"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return self.add_fields
        return [*self.add_fields, "status", "source", "created_at", "cancelled_at"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Status changes go through the actions, which keep 定員 and 補欠 right.
        return [
            "event",
            "occurrence_date",
            "party_size",
            "status",
            "source",
            "created_at",
            "cancelled_at",
        ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = PhoneSignupForm
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        result = services.create_signup(
            event=obj.event,
            day=obj.occurrence_date,
            name=obj.name,
            email=obj.email,
            phone=obj.phone,
            party_size=obj.party_size,
            note=obj.note,
            source=SignupSource.PHONE,
            site_url=request.build_absolute_uri("/"),
        )
        obj.pk = result.signup.pk
        obj.status = result.signup.status
        if result.duplicate:
            messages.warning(
                request, _("同じ方の申し込みがすでにあります。新しくは登録していません。")
            )
        elif obj.status == SignupStatus.WAITLISTED:
            messages.warning(request, _("定員に達しているため、補欠として登録しました。"))

    @admin.action(description=gettext_lazy("選んだ申し込みの開催日の名簿をCSVで書き出す"))
    def export_csv(self, request, queryset):
        dates = set(queryset.values_list("event_id", "occurrence_date"))
        match = Q(pk__in=[])
        for event_id, day in dates:
            match |= Q(event_id=event_id, occurrence_date=day)
        rows = (
            self.get_queryset(request)
            .filter(match)
            .select_related("event")
            .order_by("event", "occurrence_date", "status", "created_at", "pk")
        )
        return signups_csv(rows)

    @admin.action(
        description=gettext_lazy("選んだ申し込みを取り消す（補欠の方を繰り上げます）"),
        permissions=["change"],
    )
    def cancel_selected(self, request, queryset):
        cancelled = 0
        for signup in queryset.filter(~Q(status=SignupStatus.CANCELLED)):
            services.cancel_signup(signup)
            cancelled += 1
        messages.success(
            request, _("%(count)s件の申し込みを取り消しました。") % {"count": cancelled}
        )
