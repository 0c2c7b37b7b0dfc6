"""The admin site's titles; each app registers its own models (the booklet's: booklet/admin.py).

django-tasks-db's page of task rows is taken off the admin: a mail task's arguments are a
resident's address and the mail's words, which no staff screen needs (a mail that cannot be sent
is logged, without them; core/mail.py).
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

admin.site.site_header = _("東京の生協のまちづくり 管理画面")
admin.site.site_title = _("まちづくり管理")
admin.site.index_title = _("管理メニュー")

if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)
