"""Residents' personal data is kept only for its set period (個人情報保護法): every app that
stores some (sign-ups, messages, voices, followers) registers an eraser here, in its own
`retention.py` module (imported at start-up by `discover`), and `erase_expired` runs them all
(the scheduled task and the `erase_expired_personal_data` command call it).

    # signups/retention.py
    from core.retention import register

    @register("申し込み")
    def erase_expired(now) -> int:  # how many rows were erased
        ...

The period is settings.PERSONAL_DATA_RETENTION_DAYS, counted from when the data stopped being
needed (an event's date, a message's answer): `cutoff(now)` gives the moment before which rows
are due.

Schedule: once a day, `manage.py erase_expired_personal_data` from a systemd timer (README,
"Operations: daily housekeeping"). `erase_expired_task` is the same run as a task, for a
scheduler that enqueues tasks; django-tasks-db itself has none.
"""

import datetime
from collections.abc import Callable

from django.conf import settings
from django.tasks import task
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

Eraser = Callable[[datetime.datetime], int]
_erasers: dict[str, Eraser] = {}


def register(label: str) -> Callable[[Eraser], Eraser]:
    """Register `eraser` under the plain-words `label` of what it erases."""

    def add(eraser: Eraser) -> Eraser:
        _erasers[label] = eraser
        return eraser

    return add


def cutoff(now: datetime.datetime) -> datetime.datetime:
    return now - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)


def discover() -> None:
    """Import every app's `retention` module, registering its eraser (once, at start-up:
    portal's AppConfig.ready), so a run never depends on what happened to be imported."""
    autodiscover_modules("retention")


def erase_expired(now: datetime.datetime) -> dict[str, int]:
    """Run every registered eraser; how many rows each erased, by label."""
    return {label: eraser(now) for label, eraser in sorted(_erasers.items())}


@task
def erase_expired_task() -> dict[str, int]:
    return erase_expired(timezone.now())
