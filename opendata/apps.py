from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("オープンデータ")

    def ready(self):
        from opendata.store import connect_signals

        connect_signals()
