"""Two residents asking for the last place at the same moment get one place and one 補欠:
places are counted under a row lock on the event."""

import threading
import time

import pytest
from django.db import connection

from signups import services
from signups.models import Signup, SignupStatus
from tests.signups.conftest import day_of

ON_SQLITE = connection.vendor == "sqlite"


def fill_all_but_one(event):
    services.create_signup(
        event=event, day=day_of(event), name="先客", phone="0300000000", party_size=4
    )


def slow_count(original):
    # Widen the window between counting the places and storing the sign-up, so two
    # sign-ups without a lock would both see the last place free.
    def counted(*args, **kwargs):
        taken = original(*args, **kwargs)
        time.sleep(0.5)
        return taken

    return counted


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(ON_SQLITE, reason="SQLite has no row locks; it lets one writer in at a time")
def test_two_sign_ups_for_the_last_place_at_once_give_one_place_and_one_waitlisted(
    cafe, monkeypatch
):
    fill_all_but_one(cafe)
    monkeypatch.setattr(services, "taken_on", slow_count(services.taken_on))
    start = threading.Barrier(2)
    errors = []

    def sign_up(name):
        try:
            start.wait()
            services.create_signup(event=cafe, day=day_of(cafe), name=name, phone="0311112222")
        except Exception as error:  # reported below, a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = sorted(Signup.objects.exclude(name="先客").values_list("status", flat=True))
    assert statuses == [SignupStatus.CONFIRMED, SignupStatus.WAITLISTED]


@pytest.mark.django_db
def test_two_sign_ups_for_the_last_place_one_after_the_other_give_one_place_and_one_waitlisted(
    cafe,
):
    fill_all_but_one(cafe)
    for name in ("A", "B"):
        services.create_signup(event=cafe, day=day_of(cafe), name=name, phone="0311112222")
    statuses = dict(Signup.objects.exclude(name="先客").values_list("name", "status"))
    assert statuses == {"A": SignupStatus.CONFIRMED, "B": SignupStatus.WAITLISTED}
