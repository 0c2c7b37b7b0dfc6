"""Two-factor sign-in is mandatory for the 事務局 and for superusers, on every page.

Coordinators may turn it on too. For the 事務局, who can change everything, and for an
operator signing in on the web as superuser, a signed-in session without a TOTP
authenticator reaches nothing but the account pages (sign out, set up two-factor,
reauthenticate): not the admin, not the draft previews, the dashboard, the exports or
publishing. allauth asks for the code at every sign-in once TOTP is set up.
"""

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from areas.permissions import is_secretariat
from core.language_paths import without_language_prefix

# Paths (without the language prefix) a session without two-factor may still use.
ACCOUNT_PREFIX = "/accounts/"


def needs_two_factor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or is_secretariat(user))


def has_two_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class SecretariatMFARequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            messages.warning(
                request,
                _(
                    "事務局と管理者のアカウントは、2段階認証の設定が必要です。"
                    "設定するまで、管理画面やスタッフ用のページは開けません。"
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _must_set_up_mfa(self, request) -> bool:
        user = getattr(request, "user", None)
        if user is None or not needs_two_factor(user):
            return False
        path = without_language_prefix(request.path_info)
        if path.startswith(ACCOUNT_PREFIX) or path == reverse("admin:logout"):
            return False  # signing out and setting up two-factor are always possible
        return not has_two_factor(user)
