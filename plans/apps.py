from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    """わたまちプラン: an area's plan, its issues and reviews, and what the gatherings raised.
    Depends on events, areas, coops and core; nothing below it imports it."""

    name = "plans"
    label = "plans"
    verbose_name = _("わたまちプラン")

    def ready(self):
        from plans import contributions

        contributions.register()
