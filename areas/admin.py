from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import quote
from django.db import transaction
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from areas import deletion, previews, theme_members, theme_prefill
from areas.invitations import send_invitation
from areas.models import (
    AreaGroup,
    Charter,
    CommonTheme,
    Goal,
    Invitation,
    Membership,
    MembershipRole,
    Municipality,
    Network,
    PublicationStatus,
    YearlyTheme,
)
from areas.open_year_admin import open_year_view
from areas.permissions import AreaScopedAdminMixin, AreaScopedInlineMixin, is_secretariat
from coops.models import Organization
from core.admin_forms import VersionedAdminMixin, VersionedModelForm
from core.fiscal_year import fiscal_year_label


@admin.display(description=_("年度"), ordering="fiscal_year")
def fiscal_year_column(obj):
    return fiscal_year_label(obj.fiscal_year)


class PublishingAdminMixin:
    """Publish / unpublish actions, a link to the preview of the saved row's public page,
    and a 「プレビュー」 button on the form that shows the page before saving
    (areas/previews.py; the button is in templates/admin/submit_line.html).

    A ModelAdmin using it names `preview_url_name` (the staff preview of a saved row) and
    defines `preview_response(request, obj, admin_url)` rendering the public page.
    """

    preview_url_name = None

    def preview_response(self, request, obj, admin_url=None):
        raise NotImplementedError

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view(self.form_preview_view)
        return [
            path("add/preview/", view, name=f"{prefix}_add_preview"),
            path("<path:object_id>/preview/", view, name=f"{prefix}_preview"),
            *super().get_urls(),
        ]

    def form_preview_view(self, request, object_id=None):
        return previews.form_preview(self, request, object_id)

    def save_related_for_preview(self, request, form, change):
        """The form's many-to-many fields, saved inside the preview's rolled-back transaction:
        only database writes may happen here (no files, no emails, no messages)."""
        self.save_related(request, form, [], change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        prefix = f"admin:{self.opts.app_label}_{self.opts.model_name}"
        if obj is not None and obj.pk is not None:
            url = reverse(f"{prefix}_preview", args=[quote(obj.pk)])
        else:
            url = reverse(f"{prefix}_add_preview")
        context["form_preview_url"] = url
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.action(description=_("選択したものを公開する"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_publication(request, queryset, PublicationStatus.PUBLISHED)

    @admin.action(description=_("選択したものを下書きに戻す"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_publication(request, queryset, PublicationStatus.DRAFT)

    def _set_publication(self, request, queryset, publication):
        count = 0
        with transaction.atomic():
            # Save each row so the version and the history record the change.
            for obj in queryset.exclude(publication=publication):
                obj.publication = publication
                obj.save()
                count += 1
        if publication == PublicationStatus.PUBLISHED:
            text = ngettext("%(count)d件を公開しました。", "%(count)d件を公開しました。", count)
        else:
            text = ngettext(
                "%(count)d件を下書きに戻しました。", "%(count)d件を下書きに戻しました。", count
            )
        self.message_user(request, text % {"count": count}, messages.SUCCESS)

    @admin.display(description=_("プレビュー"))
    def preview_link(self, obj):
        if obj.pk is None:
            return "—"
        url = reverse(self.preview_url_name, args=[obj.pk])
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, _("表示"))


@admin.register(Municipality)
class MunicipalityAdmin(VersionedAdminMixin, AreaScopedAdminMixin, admin.ModelAdmin):
    area_path = "area_group"
    list_display = ["code", "name", "kana", "kind", "prefecture"]
    list_filter = ["kind", "prefecture"]
    search_fields = ["code", "name", "kana", "name_en"]


class MembershipInline(VersionedAdminMixin, AreaScopedInlineMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]
    ordering = ["-fiscal_year", "position"]


@admin.register(Network)
class NetworkAdmin(VersionedAdminMixin, admin.ModelAdmin):
    """The 事務局's: which networks (連絡会) exist; each group names its own."""

    list_display = ["name", "slug", "position"]
    search_fields = ["name"]

    def get_readonly_fields(self, request, obj=None):
        # The slug is in every booklet URL already shared, and names the portal's default
        # network (PORTAL_DEFAULT_NETWORK): fixed once the network exists.
        return ["slug"] if obj is not None else []


@admin.register(AreaGroup)
class AreaGroupAdmin(VersionedAdminMixin, AreaScopedAdminMixin, admin.ModelAdmin):
    area_path = ""  # the row is the area group itself
    list_display = ["name", "network", "municipality", "status", "position"]
    list_filter = ["network", "status", "municipality__kind"]
    # No list_editable: the change list's rows carry no version, so editing 表示順 there would
    # overwrite a change saved meanwhile. The position is edited on the group's own page.
    search_fields = ["name", "slug", "municipality__name", "municipality__kana"]
    autocomplete_fields = ["municipality", "coordinators"]
    inlines = [MembershipInline]
    list_select_related = ["network", "municipality"]

    def get_deleted_objects(self, objs, request):
        # A group with events, themes or a plan is kept: listed as "protected", the
        # delete page and the bulk action refuse and name what keeps it.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        keeping = deletion.rows_keeping(objs)
        if keeping:
            messages.error(request, deletion.HOW_TO_PROCEED)
        return deleted, counts, perms_needed, [*protected, *keeping]


@admin.register(Membership)
class MembershipAdmin(VersionedAdminMixin, AreaScopedAdminMixin, SimpleHistoryAdmin):
    area_path = "area_group"
    list_display = ["area_group", "organization", fiscal_year_column, "role", "position"]
    # Filters list only the groups of rows the user can see (no other area's names).
    list_filter = ["fiscal_year", "role", ("area_group", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["area_group__name", "organization__name"]
    autocomplete_fields = ["area_group", "organization"]
    list_select_related = ["area_group", "organization"]


class GoalInline(VersionedAdminMixin, admin.TabularInline):
    model = Goal
    extra = 0


@admin.register(Charter)
class CharterAdmin(VersionedAdminMixin, admin.ModelAdmin):
    list_display = [fiscal_year_column, "philosophy"]
    # A year's lead and theme policy are its booklet's words now (booklet.YearBooklet).
    exclude = ["introduction", "theme_policy"]
    inlines = [GoalInline]


@admin.register(CommonTheme)
class CommonThemeAdmin(VersionedAdminMixin, admin.ModelAdmin):
    list_display = ["name", fiscal_year_column]
    list_filter = ["fiscal_year"]
    search_fields = ["name", "description"]


class YearlyThemeForm(VersionedModelForm):
    """The theme with its year's 参加団体 (areas/theme_members.py has the rules)."""

    members = forms.ModelMultipleChoiceField(
        label=_("参加団体"),
        queryset=Organization.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "theme-members"}),
        help_text=_(
            "この年度に参加する生協・団体にチェックを入れてください。"
            "新しいテーマでは、前年度の参加団体にはじめからチェックが入っています。"
        ),
    )
    # Which area, year and members the checks were shown for (`members_key`): saving for
    # another area or year whose members differ, or after the year's members were changed
    # elsewhere meanwhile, asks again instead of overwriting them unseen.
    members_of = forms.CharField(widget=forms.HiddenInput, required=False)
    # Set by YearlyThemeAdmin.get_form: the signed-in user and the add form's checked prefill.
    user = None
    prefill: dict = {}

    class Meta:
        model = YearlyTheme
        fields = "__all__"

    class Media:
        css = {"all": ["css/admin-coordinator.css"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        group_id, year = self._shown_for()
        field = self.fields["members"]
        checked, roles = [], {}
        if group_id is not None:
            checked, roles = theme_members.shown_members(group_id, year)
            field.initial = checked
            self.fields["members_of"].initial = members_key(group_id, year, checked)
        self._checked_now = (group_id, year, checked)
        # An existing theme's own rows are those checked (its year's in force, when it has any).
        keep = checked if self.instance.pk is not None else []
        field.queryset = theme_members.offered_organizations(self.user, keep=keep)
        field.label_from_instance = lambda o: member_label(o, roles)

    def _shown_for(self):
        """The area (id) and year whose members the form shows (None when not known yet)."""
        if self.instance.pk is not None:
            return self.instance.area_group_id, self.instance.fiscal_year
        # The add form's area and year as theme_prefill checked them (the user's own area), never
        # the raw GET: another area's id must not show that area's members.
        group_id, year = self.prefill.get("area_group"), self.prefill.get("fiscal_year")
        if not group_id or not year:
            return None, None
        return group_id, year

    def clean(self):
        cleaned = super().clean()
        group, year = cleaned.get("area_group"), cleaned.get("fiscal_year")
        if group is None or year is None or "members" not in cleaned:
            return cleaned
        shown = cleaned.get("members_of") or ""
        checked = self._members_now(group.pk, year)
        if shown == members_key(group.pk, year, checked):
            return cleaned
        if shown.startswith(members_key(group.pk, year, ())):
            # The year's members were changed elsewhere after this form was opened.
            if set(checked) != {o.pk for o in cleaned["members"]}:
                message = _(
                    "この画面を開いた後に、別の人が参加団体を変更しています。いまの参加団体に"
                    "チェックを入れ直しました。確かめてから、もう一度保存してください。"
                )
                self._ask_again(message, group, year, checked)
            return cleaned
        rows = theme_members.moved_members_conflict(group, year, cleaned["members"])
        if rows is not None:
            message = _(
                "%(group)sの%(year)sには、すでに参加団体が登録されています。"
                "その参加団体にチェックを入れ直しました。確かめてから、もう一度保存してください。"
            ) % {"group": group.name, "year": fiscal_year_label(year)}
            self._ask_again(message, group, year, [row.organization_id for row in rows])
        return cleaned

    def _members_now(self, group_id, year) -> list[int]:
        """The organizations checked for (group, year) as stored now (read once per form)."""
        shown_group, shown_year, checked = self._checked_now
        if (shown_group, shown_year) == (group_id, year):
            return checked
        return theme_members.shown_members(group_id, year)[0]

    def _ask_again(self, message, group, year, organization_ids):
        """Refuse with `message`, and check `organization_ids` (the members (group, year)
        has now), to be confirmed."""
        self.add_error("members", message)
        data = self.data.copy()
        data.setlist(self.add_prefix("members"), [str(pk) for pk in organization_ids])
        checked = self._members_now(group.pk, year)
        data[self.add_prefix("members_of")] = members_key(group.pk, year, checked)
        self.data = data

    def save_members(self):
        """Make the year's Membership rows match the choice (after the theme is saved)."""
        theme = self.instance
        theme_members.save_members(
            theme.area_group, theme.fiscal_year, self.cleaned_data["members"]
        )


def members_key(group_id, year, checked) -> str:
    """What the form's checks were shown for: <area id>-<year>-<checked organization ids>."""
    return f"{group_id}-{year}-" + ".".join(str(pk) for pk in sorted(checked))


def member_label(organization, roles) -> str:
    role = roles.get(organization.pk) or theme_members.default_role(organization)
    if role == MembershipRole.PARTNER:
        return _("%(name)s（連携団体）") % {"name": organization.name}
    return organization.name


@admin.register(YearlyTheme)
class YearlyThemeAdmin(
    VersionedAdminMixin, AreaScopedAdminMixin, PublishingAdminMixin, SimpleHistoryAdmin
):
    area_path = "area_group"
    form = YearlyThemeForm
    preview_url_name = "staff:theme_preview"
    list_display = [
        "area_group",
        fiscal_year_column,
        "headline",
        "publication",
        "updated_at",
        "preview_link",
    ]
    list_filter = ["fiscal_year", "publication", ("area_group", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["headline", "text", "area_group__name"]
    autocomplete_fields = ["area_group"]
    filter_horizontal = ["goals", "common_themes"]
    list_select_related = ["area_group"]
    readonly_fields = ["preview_link"]
    actions = ["publish", "unpublish"]

    def preview_response(self, request, obj, admin_url=None):
        return previews.theme_preview(request, obj, admin_url)

    def get_urls(self):
        # 年度の準備 (the 事務局's): before the model's own "<object_id>/" patterns.
        view = self.admin_site.admin_view(lambda request: open_year_view(self, request))
        opening = path("open-year/", view, name="areas_yearlytheme_open_year")
        return [opening, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_open_year": is_secretariat(request.user)}
        return super().changelist_view(request, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        # The offered organizations depend on who asks (a subclass, never the shared class).
        prefill = getattr(request, "theme_prefill", None) or {}
        return type(form.__name__, (form,), {"user": request.user, "prefill": prefill})

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.save_members()  # in the admin's transaction: a failure saves nothing

    def get_changeform_initial_data(self, request):
        # The coordinator's own area and the next year it lacks, or a copy of its last theme
        # (worked out once per request, in add_view).
        initial = super().get_changeform_initial_data(request)
        prefill = getattr(request, "theme_prefill", None)
        if prefill is None:
            prefill = theme_prefill.initial_theme(request.user, request.GET)
        return initial | prefill

    def add_view(self, request, form_url="", extra_context=None):
        request.theme_prefill = theme_prefill.initial_theme(request.user, request.GET)
        hints = theme_prefill.add_form_hints(request.theme_prefill, request.GET)
        return super().add_view(request, form_url, {**(extra_context or {}), **hints})


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """The secretariat invites coordinators; saving a new invitation sends the email."""

    list_display = ["email", "created_at", "expires_at", "accepted_at", "invited_by"]
    list_filter = ["accepted_at"]
    search_fields = ["email"]
    filter_horizontal = ["area_groups"]
    readonly_fields = ["invited_by", "created_at", "expires_at", "accepted_at", "accepted_user"]
    actions = ["resend"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.invited_by = request.user
            # Kept on the object (not the shared ModelAdmin) until the email is sent.
            obj._link_token = obj.new_token()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)  # the areas, named in the email
        token = getattr(form.instance, "_link_token", None)
        if token:
            send_invitation(request, form.instance, token)
            self.message_user(
                request, _("%(email)s に招待メールを送りました。") % {"email": form.instance.email}
            )

    @admin.action(description=_("招待メールを送り直す（新しいリンク）"), permissions=["change"])
    def resend(self, request, queryset):
        count = 0
        for invitation in queryset.filter(accepted_at__isnull=True):
            token = invitation.new_token()
            invitation.save()
            send_invitation(request, invitation, token)
            count += 1
        self.message_user(request, _("%(count)d件の招待メールを送りました。") % {"count": count})


# Staff accounts (わたまちプラン has its own admin in plans/admin.py).
from areas import admin_users  # noqa: E402, F401
