"""Publishing a network's yearly booklet as numbered editions, and withdrawing one.

- Each publication is a new edition (第1版, 第2版, …) of the network's year, frozen, with who
  published it and when. Nothing is replaced or deleted.
- Publishing what the current edition already says adds no edition: a double submit or a
  second click publishes once.
- A publish made from an outdated confirmation (it showed edition n, another has been
  published since) is refused, so nobody publishes over what they have not seen. Two
  publishes at the same moment cannot take the same number: the network's row is locked
  while numbering, and the unique (network, year, number) constraint backs that up.
- Withdrawing (取り下げ) marks the latest edition with who, when and why. Publishing again
  afterwards makes a new edition.
"""

import json
import unicodedata
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from areas.models import Network
from booklet import services
from booklet.models import PublishedReport


class PublishRefused(Exception):
    """Why nothing was published or withdrawn, in words for the 事務局."""


@dataclass
class Publication:
    report: PublishedReport
    created: bool  # False: the current edition already says this


def publish(year: int, user, network=None, *, based_on: int | None = None) -> Publication:
    """Publish the year's booklet as it stands now as its next edition.

    `based_on`: the edition number the person saw on the confirmation page (0: none yet);
    None skips that check (commands, the demo).
    """
    network = network or Network.objects.default()
    content = _as_stored(services.build_report(year, network))
    now = timezone.now()
    try:
        with transaction.atomic():
            # One publish of a network at a time (a no-op on SQLite, which writes one at a time).
            Network.objects.select_for_update().filter(pk=network.pk).exists()
            latest = PublishedReport.objects.latest_of(network, year)
            number = latest.number if latest else 0
            # A second press of the same button: the edition it made says this already.
            if is_unchanged(latest, content) and (
                based_on is None or based_on == number or _just_made_by(latest, user, based_on)
            ):
                return Publication(latest, created=False)
            if based_on is not None and based_on != number:
                raise PublishRefused(outdated_message(latest))
            report = PublishedReport.objects.create(
                network=network,
                fiscal_year=year,
                number=number + 1,
                content=_dated(content, timezone.localdate(now).isoformat()),
                published_at=now,
                published_by=user,
            )
    except IntegrityError:
        # Someone else's publish took this number between our read and our write.
        raise PublishRefused(
            outdated_message(PublishedReport.objects.latest_of(network, year))
        ) from None
    return Publication(report, created=True)


def _just_made_by(latest: PublishedReport, user, based_on: int) -> bool:
    """Was the latest edition made from the very page this person confirmed (a double submit)?"""
    return latest.number == based_on + 1 and latest.published_by_id == user.pk


def withdraw(report: PublishedReport, user, reason: str) -> PublishedReport:
    """Withdraw the year's latest edition, saying why; it stays on record."""
    # Invisible characters (zero-width spaces, BOM: Unicode's "format" category) make no reason.
    reason = "".join(c for c in reason if unicodedata.category(c) != "Cf").strip()
    if not reason:
        raise PublishRefused(_("取り下げる理由を書いてください。"))
    with transaction.atomic():
        latest = (
            PublishedReport.objects.select_for_update()
            .filter(network=report.network_id, fiscal_year=report.fiscal_year)
            .order_by("-number")
            .first()
        )
        if latest.pk != report.pk:
            raise PublishRefused(outdated_message(latest))
        if latest.is_withdrawn:
            raise PublishRefused(_("この版はすでに取り下げられています。"))
        latest.withdrawn_at = timezone.now()
        latest.withdrawn_by = user
        latest.withdrawal_reason = reason
        latest.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_reason"])
    return latest


def outdated_message(latest) -> str:
    if latest is None:
        return _("公開の状況が変わっています。もう一度確認してください。")
    return _(
        "確認した後に、第%(number)s版が公開されています（%(date)s）。"
        "いまの内容をもう一度確認してください。"
    ) % {
        "number": latest.number,
        "date": date_format(timezone.localtime(latest.published_at), "DATETIME_FORMAT"),
    }


def would_publish(year: int, network, latest) -> dict:
    """The content publishing now would store (dated as `latest`, to compare with it)."""
    content = _as_stored(services.build_report(year, network))
    day = (latest.content.get("edition") or {}).get("published_on", "") if latest else ""
    return _dated(content, day)


def is_unchanged(latest, content: dict) -> bool:
    """Would publishing `content` repeat the current edition word for word?"""
    return bool(latest and not latest.is_withdrawn and _same(latest.content, content))


def _as_stored(content: dict) -> dict:
    """The content as the JSON column gives it back (tuples become lists, dates strings)."""
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def _dated(content: dict, day: str) -> dict:
    """The content with the edition's date: the year's own, else the day of publication."""
    edition = content.get("edition")
    if edition is None or edition.get("published_on"):
        return content
    return {**content, "edition": {**edition, "published_on": day}}


def _same(stored: dict, content: dict) -> bool:
    """Does the new content say what a stored edition says (the build time aside)?"""
    day = (stored.get("edition") or {}).get("published_on", "")
    return services.booklet_part(stored) == services.booklet_part(_dated(content, day))
