from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookletConfig(AppConfig):
    name = "booklet"
    verbose_name = _("年度報告")
