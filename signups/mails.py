"""The mails a resident gets about a sign-up: received (with the private link to see or
cancel it) and moved up from 補欠. Only what the mail needs goes into the queued task."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from core.mail import queue_mail
from events.signup_opening import occurrence_on
from signups.models import Signup, SignupStatus


def _context(signup: Signup, site_url: str | None) -> dict:
    base = (site_url or settings.SITE_URL).rstrip("/")
    return {
        "signup": signup,
        "event": signup.event,
        # Its time and place as held that day (a moved date at its new time).
        "occurrence": occurrence_on(signup.event, signup.occurrence_date),
        "event_url": base + signup.event.get_absolute_url(),
        "waitlisted": signup.status == SignupStatus.WAITLISTED,
        "base": base,
    }


def queue_received(signup: Signup, token: str, site_url: str | None = None) -> None:
    context = _context(signup, site_url)
    context["manage_url"] = context["base"] + signup.manage_path(token)
    if signup.status == SignupStatus.WAITLISTED:
        subject = _("【補欠で受付】%(title)s") % {"title": signup.event.title}
    else:
        subject = _("【申し込み受付】%(title)s") % {"title": signup.event.title}
    body = render_to_string("signups/mail/received.txt", context)
    queue_mail(subject=subject, body=body, to=[signup.email])


def queue_promoted(signup: Signup) -> None:
    subject = _("【参加できます】%(title)s") % {"title": signup.event.title}
    body = render_to_string("signups/mail/promoted.txt", _context(signup, None))
    queue_mail(subject=subject, body=body, to=[signup.email])
