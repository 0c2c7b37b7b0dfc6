"""個人情報の取り扱い: what residents' data the portal keeps, why, who sees it, for how long.

The period shown is settings.PERSONAL_DATA_RETENTION_DAYS, the one core/retention.py erases by,
so the page and the erasure can never disagree. The page has no form: the page cache may keep it.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _


def privacy(request):
    days = settings.PERSONAL_DATA_RETENTION_DAYS
    context = {
        "retention_days": days,
        "retention_months": round(days / 30),
        "secretariat_contact": settings.PORTAL_PRIVACY_CONTACT,
        "breadcrumbs": [(_("個人情報の取り扱い"), None)],
    }
    return render(request, "portal/privacy.html", context)
