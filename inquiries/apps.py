from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    """Residents ask an area group (問い合わせ): the form, the message kept for the group's
    coordinators, its mail and its erasure. Depends on areas and core only."""

    name = "inquiries"
    label = "inquiries"
    verbose_name = _("グループへの問い合わせ")
