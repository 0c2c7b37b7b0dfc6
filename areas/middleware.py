from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from areas.permissions import is_secretariat


class SecretariatMFARequiredMiddleware:
    """The secretariat reaches the admin only after turning on two-factor sign-in (TOTP).

    Coordinators may turn it on too; for the secretariat, who can change everything, it is
    required. Superusers made on the command line are the operators' own business.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            messages.warning(
                request,
                _("事務局のアカウントは、管理画面を使う前に2段階認証の設定が必要です。"),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _must_set_up_mfa(self, request) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return False
        if not request.path.startswith(reverse("admin:index")):
            return False
        if request.path == reverse("admin:logout"):
            return False  # signing out is always possible
        if not is_secretariat(user):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
