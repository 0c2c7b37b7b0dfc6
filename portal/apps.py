from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("ポータル")

    def ready(self):
        from django.core.signals import request_finished

        from core import retention
        from portal import (
            checks,  # noqa: F401  (registers the system checks)
            request_id,
        )
        from portal.page_cache import connect_signals

        request_finished.connect(request_id.clear, dispatch_uid="portal.request_id.clear")
        connect_signals()
        retention.discover()  # every app's eraser of residents' data
