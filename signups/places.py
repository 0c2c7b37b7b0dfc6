"""Places taken on an event's dates: the party sizes of the confirmed sign-ups."""

from django.db.models import Sum

from signups.models import Signup, SignupStatus


def taken_places(event, dates) -> dict:
    """{date: places taken} for `dates` of `event`, in one query."""
    rows = (
        Signup.objects.filter(event=event, occurrence_date__in=dates, status=SignupStatus.CONFIRMED)
        .values("occurrence_date")
        .annotate(taken=Sum("party_size"))
        .order_by()
    )
    return {row["occurrence_date"]: row["taken"] for row in rows}


def taken_on(event, day) -> int:
    return taken_places(event, [day]).get(day, 0)
