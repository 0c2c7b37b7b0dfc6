"""Taking a sign-up, cancelling one, and moving 補欠 (the waitlist) up.

Places are counted under a row lock on the event (SELECT … FOR UPDATE), so two residents
asking for the last place at the same moment get one place and one 補欠: the second waits for
the first's transaction to end and then counts its sign-up. (SQLite has no row locks; it lets
one writer in at a time anyway.)

- Full means: the confirmed sign-ups' party sizes add up to the 定員. A party that does not
  fit in the places left goes to 補欠 whole (a family is not split).
- A cancellation frees places: the waiting sign-ups are taken in the order they came, and each
  one that fits now is confirmed and told by mail.
- The same name with the same contact for the same date, while that sign-up is active, is the
  same sign-up (a double submit): nothing new is stored or sent.
"""

import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from events.models import Event
from signups import mails
from signups.models import Signup, SignupSource, SignupStatus
from signups.places import taken_on


@dataclass
class Created:
    signup: Signup
    token: str | None  # None for a double submit: the existing row keeps its secret
    duplicate: bool = False


def normalize_phone(value: str) -> str:
    """Digits only, full-width ones too (０３-１２３４ → 031234)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", value or "") if ch.isdigit())


def _lock_event(event_id: int) -> Event:
    return Event.objects.select_for_update().get(pk=event_id)


def _same_person(event, day, name, email, phone):
    active = Signup.objects.for_date(event, day).active().filter(name=name.strip())
    if email:
        return active.filter(email__iexact=email).first()
    return active.filter(email="", phone=phone).first()


def create_signup(
    *,
    event,
    day,
    name,
    email="",
    phone="",
    party_size=1,
    note="",
    source=SignupSource.WEB,
    site_url=None,
) -> Created:
    """Store a sign-up for `day` of `event`, confirmed or 補欠, and queue its mail."""
    email, phone = (email or "").strip(), normalize_phone(phone)
    with transaction.atomic():
        locked = _lock_event(event.pk)
        existing = _same_person(locked, day, name, email, phone)
        if existing:
            return Created(existing, None, duplicate=True)
        signup = Signup(
            event=locked,
            occurrence_date=day,
            name=name.strip(),
            email=email,
            phone=phone,
            party_size=party_size,
            note=note.strip(),
            source=source,
        )
        signup.status = _status_for(locked, day, party_size)
        token = signup.set_token()
        signup.save()
        if email:
            mails.queue_received(signup, token, site_url)
    return Created(signup, token)


def _status_for(event, day, party_size) -> str:
    if event.capacity is None:
        return SignupStatus.CONFIRMED
    left = event.capacity - taken_on(event, day)
    return SignupStatus.CONFIRMED if party_size <= left else SignupStatus.WAITLISTED


def cancel_signup(signup: Signup) -> list[Signup]:
    """Cancel `signup` (if still active) and move 補欠 up; the promoted sign-ups."""
    with transaction.atomic():
        locked = _lock_event(signup.event_id)
        signup = Signup.objects.select_for_update().get(pk=signup.pk)
        if not signup.is_active:
            return []
        signup.status = SignupStatus.CANCELLED
        signup.cancelled_at = timezone.now()
        signup.save(update_fields=["status", "cancelled_at"])
        return promote_waiting(locked, signup.occurrence_date)


def promote_waiting(event, day) -> list[Signup]:
    """Confirm, in order, each waiting sign-up of `day` that fits; call under the lock."""
    if event.capacity is None:
        waiting = list(Signup.objects.for_date(event, day).filter(status=SignupStatus.WAITLISTED))
        left = None
    else:
        left = event.capacity - taken_on(event, day)
        if left <= 0:
            return []
        waiting = list(
            Signup.objects.for_date(event, day)
            .filter(status=SignupStatus.WAITLISTED)
            .order_by("created_at", "pk")
        )
    promoted = []
    for candidate in waiting:
        if left is not None and candidate.party_size > left:
            continue
        candidate.status = SignupStatus.CONFIRMED
        candidate.save(update_fields=["status"])
        if left is not None:
            left -= candidate.party_size
        if candidate.email:
            mails.queue_promoted(candidate)
        promoted.append(candidate)
    return promoted
