"""The admin site's titles; each app registers its own models (the booklet's: booklet/admin.py)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("東京の生協のまちづくり 管理画面")
admin.site.site_title = _("まちづくり管理")
admin.site.index_title = _("管理メニュー")
