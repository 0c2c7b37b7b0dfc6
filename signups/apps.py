from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("申し込み")

    def ready(self):
        from events.places import register_places_counter
        from signups.places import taken_places

        register_places_counter(taken_places)
