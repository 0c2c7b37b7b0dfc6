"""The coordinators' guide (ヘルプ): a page of the admin for any staff account.

Served at /admin/help/ through `admin.site.admin_view`, so the admin's own rule applies (staff
only; anyone else is sent to sign in and brought back here) and the page has the admin's
layout, header and links. The guide holds no personal data and reads no area's rows; its
pictures are static/guide/*.png, taken by scripts/guide_screenshots.py (`make guide`).
"""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _


def coordinator_guide(request):
    context = {**admin.site.each_context(request), "title": _("コーディネーターのための使い方")}
    return TemplateResponse(request, "portal/coordinator_guide.html", context)
