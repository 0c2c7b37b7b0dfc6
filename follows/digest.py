"""The weekly digest: each confirmed follower gets the events and reports of their areas (and
kinds) first published since their last digest; nothing is sent when there is nothing new.

"First published" is read from the edit history (the first version marked published), so an
event written as a draft and published later counts from its publication, and one published
again after a withdrawal is not sent twice. A report counts from when both it and its event
were published. The whole run is a fixed number of queries, whatever the number of followers
and areas: the followers with their areas, the new events and the new reports with their
areas, one update of `last_sent_at`.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from areas.models import AreaGroup, PublicationStatus
from core.mail import queue_mail
from events.models import ActivityReport, Event
from follows import links
from follows.models import Follower


def _first_published(model, pk_field: str = "pk"):
    versions = model.history.model.objects.filter(
        id=OuterRef(pk_field), publication=PublicationStatus.PUBLISHED
    ).order_by("history_date", "history_id")
    return Subquery(versions.values("history_date")[:1])


def _areas():
    return Prefetch("area_groups", queryset=AreaGroup.objects.only("id", "name", "slug"))


def new_events(since, until, area_ids):
    return (
        Event.objects.published()
        .annotate(published_at=Coalesce(_first_published(Event), F("created_at")))
        .filter(published_at__gt=since, published_at__lte=until, area_groups__in=area_ids)
        .distinct()
        .prefetch_related(_areas())
        .order_by("starts_at", "pk")
    )


def new_reports(since, until, area_ids):
    published_at = Greatest(
        Coalesce(_first_published(ActivityReport), F("created_at")),
        Coalesce(_first_published(Event, "event_id"), F("event__created_at")),
    )
    return (
        ActivityReport.objects.published()
        .annotate(published_at=published_at)
        .filter(published_at__gt=since, published_at__lte=until, event__area_groups__in=area_ids)
        .distinct()
        .select_related("event")
        .prefetch_related(Prefetch("event__area_groups", queryset=AreaGroup.objects.only("id")))
        .order_by("-held_on", "pk")
    )


@dataclass
class Digest:
    follower: Follower
    events: list = field(default_factory=list)
    reports: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.events or self.reports)


def _since(follower) -> datetime.datetime:
    return follower.last_sent_at or follower.confirmed_at


def _wanted(follower, area_ids: set[int], event, published_at) -> bool:
    return (
        published_at > _since(follower)
        and (not follower.kinds or event.kind in follower.kinds)
        and any(group.pk in area_ids for group in event.area_groups.all())
    )


def build_digests(now: datetime.datetime) -> list[Digest]:
    """One digest per confirmed follower (empty when nothing is new for them)."""
    followers = list(
        Follower.objects.confirmed().prefetch_related(
            Prefetch("areas", queryset=AreaGroup.objects.only("id", "name", "slug"))
        )
    )
    if not followers:
        return []
    since = min(_since(f) for f in followers)
    all_areas = {group.pk for f in followers for group in f.areas.all()}
    events = list(new_events(since, now, all_areas))
    reports = list(new_reports(since, now, all_areas))
    digests = []
    for follower in followers:
        area_ids = {group.pk for group in follower.areas.all()}
        digests.append(
            Digest(
                follower,
                events=[e for e in events if _wanted(follower, area_ids, e, e.published_at)],
                reports=[
                    r for r in reports if _wanted(follower, area_ids, r.event, r.published_at)
                ],
            )
        )
    return digests


def _mail(digest: Digest) -> None:
    follower = digest.follower
    with translation.override(follower.language):
        body = render_to_string(
            "follows/digest_email.txt",
            {
                "areas": follower.areas.all(),
                "events": [(e, links.absolute(e.get_absolute_url())) for e in digest.events],
                "reports": [(r, links.absolute(r.get_absolute_url())) for r in digest.reports],
                "unsubscribe_url": links.unsubscribe_url(follower),
            },
        )
        subject = _("地域の新着（活動%(events)d件・報告%(reports)d件）") % {
            "events": len(digest.events),
            "reports": len(digest.reports),
        }
    queue_mail(
        subject=subject,
        body=body,
        to=[follower.email],
        headers=links.unsubscribe_headers(follower),
    )


def send_digests(now: datetime.datetime | None = None) -> int:
    """Mail every confirmed follower what is new for them; how many mails were sent."""
    now = now or timezone.now()
    digests = build_digests(now)
    sent = [digest for digest in digests if digest]
    for digest in sent:
        _mail(digest)
    # The next digest starts where this one ended, for everyone looked at.
    Follower.objects.filter(pk__in=[d.follower.pk for d in digests]).update(last_sent_at=now)
    return len(sent)
