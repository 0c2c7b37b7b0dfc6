"""The email that tells a group's coordinators their draft theme for a new year is ready.

One email per coordinator with an address, with an absolute link to the draft's admin page.
Sent after the opening is committed; a mail server that is down never undoes the opening: the
failure is logged (the theme's id and the error's kind, no address or name) and the rest go on.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from core.fiscal_year import fiscal_year_label

logger = logging.getLogger(__name__)


def recipients(group) -> list:
    return [user for user in group.coordinators.all() if user.is_active and user.email]


def draft_url(theme, base_url: str) -> str:
    path = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    return base_url.rstrip("/") + path


def notify_coordinators(drafts, base_url: str) -> int:
    """Email each draft's coordinators; the number of emails sent."""
    sent = 0
    for theme in drafts:
        for user in recipients(theme.area_group):
            sent += _send(theme, user, base_url)
    return sent


def _send(theme, user, base_url: str) -> int:
    year = fiscal_year_label(theme.fiscal_year)
    context = {
        "group": theme.area_group.name,
        "year": year,
        "url": draft_url(theme, base_url),
        "site_name": settings.SITE_NAME,
    }
    try:
        send_mail(
            subject=_("【%(site)s】%(year)sの取り組みテーマの下書きができました")
            % {"site": settings.SITE_NAME, "year": year},
            message=render_to_string("areas/open_year_email.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
    except Exception as error:  # any mail failure (SMTP, network): the opening stands
        logger.warning(
            "Could not send the new-year draft notice for theme %s: %s",
            theme.pk,
            type(error).__name__,
        )
        return 0
    return 1
