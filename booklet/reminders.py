"""Reminder emails to the groups that are behind with the year (the 事務局's dashboard action).

A group is behind when its theme of the year is not published (未登録 or 下書き) or a session
was held without its activity report (booklet.dashboard.group_statuses). Each of its
coordinators with an address (active accounts) gets one email in Japanese, with links to what
to do: the theme's admin page, the activities' admin list.

A group reminded for a year is not reminded again for REMIND_INTERVAL: `cache.add` claims it
atomically in the shared cache (Redis or the database in production), so a double submit or
two 事務局 members at once mail once. Nothing is written to the database, so there is no
transaction to wait for: the mails go out right after the claims, and the page reports what
happened. A mail server that fails is logged (the group's id and the error's kind, no address
or name), a group nobody got the mail of is released to be tried again, and the failure is
reported back, never raised.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.fiscal_year import fiscal_year_label

logger = logging.getLogger(__name__)

REMIND_INTERVAL = 15 * 60  # seconds


@dataclass
class Reminder:
    """One group behind, and whom to mail."""

    status: dict  # a row of booklet.dashboard.group_statuses
    recipients: list = field(default_factory=list)
    recently_sent: str | None = None  # ISO time, if reminded within REMIND_INTERVAL


@dataclass
class Outcome:
    sent: list = field(default_factory=list)  # group names
    skipped: list = field(default_factory=list)  # reminded a moment ago
    failed: list = field(default_factory=list)
    no_address: list = field(default_factory=list)
    unclaimed: list = field(default_factory=list)  # the shared cache was away: not sent


def _key(network_slug: str, year: int, group_id: int) -> str:
    return f"booklet:reminded:{network_slug}:{year}:{group_id}"


def reminders(statuses: list[dict], network_slug: str, year: int) -> list[Reminder]:
    """The groups behind, each with its coordinators who have an address (one query)."""
    behind = [s for s in statuses if s["behind"]]
    users = (
        get_user_model()
        .objects.filter(coordinated_area_groups__in=[s["pk"] for s in behind], is_active=True)
        .exclude(email="")
        .order_by("username")
        .values_list("coordinated_area_groups", "username", "first_name", "last_name", "email")
    )
    by_group = {}
    for group_id, username, first, last, email in users:
        name = f"{last} {first}".strip() or username
        by_group.setdefault(group_id, []).append({"name": name, "email": email})
    sent = _already_sent([_key(network_slug, year, s["pk"]) for s in behind])
    return [
        Reminder(s, by_group.get(s["pk"], []), sent.get(_key(network_slug, year, s["pk"])))
        for s in behind
    ]


def send_reminders(found: list[Reminder], network_slug: str, year: int, base_url: str) -> Outcome:
    """Claim each group, then mail its coordinators; what happened, for the page to say."""
    outcome = Outcome()
    claimed = []
    for reminder in found:
        name = reminder.status["name"]
        if not reminder.recipients:
            outcome.no_address.append(name)
        elif (claim := _claim(_key(network_slug, year, reminder.status["pk"]))) is None:
            # The shared cache is away: without a claim a double submit would mail twice.
            outcome.unclaimed.append(name)
        elif claim:
            claimed.append(reminder)
        else:
            outcome.skipped.append(name)
    _mail_all(claimed, network_slug, year, base_url, outcome)
    return outcome


def _already_sent(keys: list[str]) -> dict:
    try:
        return cache.get_many(keys)
    except Exception:
        logger.warning("reminder claims unreadable: cache unavailable", exc_info=True)
        return {}


def _claim(key: str) -> bool | None:
    """True: claimed now; False: reminded lately; None: the cache could not say."""
    try:
        return cache.add(key, timezone.now().isoformat(), REMIND_INTERVAL)
    except Exception:
        logger.warning("reminder not claimed: cache unavailable", exc_info=True)
        return None


def _mail_all(claimed, network_slug, year, base_url, outcome: Outcome) -> None:
    for reminder in claimed:
        sent = sum(_mail(reminder, user, year, base_url) for user in reminder.recipients)
        if sent == len(reminder.recipients):
            outcome.sent.append(reminder.status["name"])
            continue
        outcome.failed.append(reminder.status["name"])
        if not sent:  # nobody got it: it may be tried again at once
            try:
                cache.delete(_key(network_slug, year, reminder.status["pk"]))
            except Exception:
                logger.warning("reminder claim not released: cache unavailable", exc_info=True)


def _mail(reminder: Reminder, user: dict, year: int, base_url: str) -> bool:
    """One email to one coordinator (nobody sees another's address)."""
    status = reminder.status
    context = {
        "group": status["name"],
        "year": fiscal_year_label(year),
        "status": status,
        "theme_url": base_url + theme_path(status, year),
        "events_url": base_url + reverse("admin:events_event_changelist"),
        "site_name": settings.SITE_NAME,
    }
    try:
        send_mail(
            subject=_("【%(site)s】%(year)sの取り組みテーマ・実施報告のお願い")
            % {"site": settings.SITE_NAME, "year": context["year"]},
            message=render_to_string("booklet/reminder_email.txt", context),
            from_email=None,
            recipient_list=[user["email"]],
        )
    except Exception as error:  # any mail failure (SMTP, network): report it, never a 500
        logger.warning(
            "Could not send the reminder to a coordinator of group %s: %s",
            status["pk"],
            type(error).__name__,
        )
        return False
    return True


def theme_path(status: dict, year: int) -> str:
    """Where the group writes or publishes its theme of the year, in the admin."""
    if status["theme_id"]:
        return reverse("admin:areas_yearlytheme_change", args=[status["theme_id"]])
    add = reverse("admin:areas_yearlytheme_add")
    return f"{add}?area_group={status['pk']}&fiscal_year={year}"
