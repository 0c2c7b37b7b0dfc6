"""Staff-only pages outside the admin: accepting an invitation, previewing a theme."""

from django import forms
from django.contrib import messages
from django.contrib.auth import login, password_validation
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from areas import previews
from areas.invitations import InvitationUnusable, accept_invitation, existing_user, find_invitation
from areas.models import YearlyTheme
from areas.permissions import scoped_q, staff_permission_required

UNUSABLE_MESSAGES = {
    "unknown": _("この招待リンクは正しくありません。メールのリンクをそのまま開いてください。"),
    "used": _("この招待リンクはすでに使われています。設定したパスワードでサインインしてください。"),
    "expired": _(
        "この招待リンクは有効期限が切れています。事務局に招待メールの再送を依頼してください。"
    ),
}


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(
        label=_("パスワード"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("パスワード（確認）"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email="", **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("確認用のパスワードが一致しません。"))
        elif p1:
            from django.contrib.auth import get_user_model

            probe = get_user_model()(username=self.email, email=self.email)
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


def invitation_accept(request, token):
    try:
        invitation = find_invitation(token)
    except InvitationUnusable as error:
        return render(
            request,
            "areas/invitation_unusable.html",
            {"message": UNUSABLE_MESSAGES[error.reason]},
            status=410 if error.reason != "unknown" else 404,
        )
    has_account = existing_user(invitation) is not None
    form = None if has_account else SetPasswordForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and (has_account or form.is_valid()):
        try:
            user = accept_invitation(token, None if has_account else form.cleaned_data["password1"])
        except InvitationUnusable as error:
            messages.error(request, UNUSABLE_MESSAGES[error.reason])
            return redirect("account_login")
        if has_account:
            messages.success(
                request, _("担当のまちづくりグループを追加しました。サインインしてください。")
            )
            return redirect("account_login")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("アカウントを作成しました。管理画面から担当地域の情報を編集できます。")
        )
        return redirect("admin:index")
    return render(
        request,
        "areas/invitation_accept.html",
        {"invitation": invitation, "form": form, "areas": invitation.area_groups.all()},
    )


@staff_permission_required("areas.view_yearlytheme")
def theme_preview(request, pk):
    """The area's page for the theme's year as the public would see it with this theme, for
    staff of its area (all, for the 事務局); drafts included. Another area's theme does not
    exist here (404)."""
    theme = get_object_or_404(
        YearlyTheme.objects.filter(scoped_q(request.user, "area_group")), pk=pk
    )
    admin_url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    return previews.theme_preview(request, theme, admin_url)
