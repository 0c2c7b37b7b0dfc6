from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("ポータル")

    def ready(self):
        from portal import checks  # noqa: F401  (registers the system checks)
        from portal.page_cache import connect_signals

        connect_signals()
