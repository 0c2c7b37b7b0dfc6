"""Unsubscribing: one click from the mail program (RFC 8058) or a button on the linked page;
the address is erased at once; forged tokens unsubscribe nobody."""

import pytest
from django.core import mail

from follows.models import Follower
from follows.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db


def test_a_one_click_post_unsubscribes_without_any_page_step(client, make_follower):
    follower = make_follower()
    response = client.post(
        f"/follow/unsubscribe/{unsubscribe_token(follower)}/",
        {"List-Unsubscribe": "One-Click"},
        enforce_csrf_checks=True,  # a mail program sends no CSRF token
    )
    assert response.status_code == 200
    assert not Follower.objects.exists()


def test_the_unsubscribe_link_shows_a_button_whose_post_unsubscribes(client, make_follower):
    follower = make_follower()
    path = f"/follow/unsubscribe/{unsubscribe_token(follower)}/"
    page = client.get(path)
    assert page.status_code == 200
    assert "配信を止める" in page.text
    assert Follower.objects.exists()  # opening the link alone changes nothing
    assert "no-store" in page["Cache-Control"]

    done = client.post(path)
    assert "配信を止めました" in done.text
    assert not Follower.objects.exists()
    assert client.get(path).status_code == 404  # used up: the follower is gone


@pytest.mark.parametrize("forge", ["other-id", "wrong-signature", "garbage"])
def test_an_unknown_or_forged_unsubscribe_token_unsubscribes_nobody(client, make_follower, forge):
    follower = make_follower()
    other = make_follower(email="other@example.org")
    pk, signature = unsubscribe_token(follower).split("-")
    token = {
        "other-id": f"{other.pk}-{signature}",
        "wrong-signature": f"{pk}-{'0' * len(signature)}",
        "garbage": "not-a-token",
    }[forge]
    assert client.get(f"/follow/unsubscribe/{token}/").status_code == 404
    assert client.post(f"/follow/unsubscribe/{token}/").status_code == 404
    assert Follower.objects.count() == 2


def test_an_unsubscribe_link_still_works_after_the_secret_key_is_rotated(
    client, make_follower, settings
):
    follower = make_follower()
    token = unsubscribe_token(follower)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    assert client.post(f"/follow/unsubscribe/{token}/").status_code == 200
    assert not Follower.objects.exists()
    assert mail.outbox == []
