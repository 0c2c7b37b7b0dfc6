"""Following areas at /follow/: double opt-in, no address enumeration, abuse limits."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from follows.models import Follower
from tests.follows.conftest import link_in

pytestmark = pytest.mark.django_db


def follow(post_now, email="hanako@example.org", areas=("arakawa",), prefix="", ip=None, **extra):
    meta = {"REMOTE_ADDR": ip} if ip else {}
    return post_now(f"{prefix}/follow/", {"email": email, "areas": list(areas), **extra}, **meta)


def confirm(client, post_now, body):
    path = link_in(body, "/follow/confirm/")
    assert client.get(path).status_code == 200
    return post_now(path)


def test_following_stores_a_pending_follower_and_mails_a_confirmation_link(post_now, tokyo_areas):
    response = follow(post_now, kinds=["cafe"])

    assert response.status_code == 200
    assert "確認のメールを送りました" in response.text
    follower = Follower.objects.get()
    assert follower.confirmed_at is None
    assert [a.slug for a in follower.areas.all()] == ["arakawa"]
    assert follower.kinds == ["cafe"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hanako@example.org"]
    assert "荒川区まちづくり" in mail.outbox[0].body
    token = link_in(mail.outbox[0].body, "/follow/confirm/").split("/")[3]
    assert token not in follower.token_hash  # only the token's hash is stored


def test_opening_the_mailed_link_and_confirming_makes_the_follower_confirmed(
    client, post_now, tokyo_areas
):
    follow(post_now)
    response = confirm(client, post_now, mail.outbox[0].body)

    assert response.status_code == 200
    assert "登録しました" in response.text
    assert Follower.objects.get().confirmed_at is not None


def test_opening_the_confirmation_link_alone_confirms_nothing(client, post_now, tokyo_areas):
    """A mail scanner that fetches the link must not confirm for the resident."""
    follow(post_now)
    client.get(link_in(mail.outbox[0].body, "/follow/confirm/"))
    assert Follower.objects.get().confirmed_at is None


@pytest.mark.parametrize("token", ["x" * 43, "not-a-token", "1-" + "0" * 40])
def test_an_unknown_or_forged_confirmation_token_confirms_nobody(
    client, post_now, tokyo_areas, token
):
    follow(post_now)
    assert client.get(f"/follow/confirm/{token}/").status_code == 404
    assert post_now(f"/follow/confirm/{token}/").status_code == 404
    assert Follower.objects.get().confirmed_at is None


def test_an_expired_confirmation_link_no_longer_works(client, post_now, tokyo_areas):
    follow(post_now)
    Follower.objects.update(created_at=timezone.now() - datetime.timedelta(days=4))
    path = link_in(mail.outbox[0].body, "/follow/confirm/")
    assert post_now(path).status_code == 404
    assert Follower.objects.get().confirmed_at is None


def test_a_used_confirmation_link_cannot_be_used_again(client, post_now, tokyo_areas):
    follow(post_now)
    confirm(client, post_now, mail.outbox[0].body)
    assert post_now(link_in(mail.outbox[0].body, "/follow/confirm/")).status_code == 404


def test_following_again_changes_the_choice_only_once_the_new_choice_is_confirmed(
    client, post_now, tokyo_areas
):
    follow(post_now, areas=["arakawa"])
    confirm(client, post_now, mail.outbox[0].body)

    follow(post_now, areas=["kita"])
    confirmed = Follower.objects.confirmed().get()
    assert [a.slug for a in confirmed.areas.all()] == ["arakawa"]  # unchanged so far

    confirm(client, post_now, mail.outbox[1].body)
    follower = Follower.objects.get()  # the earlier follow is replaced, not doubled
    assert [a.slug for a in follower.areas.all()] == ["kita"]
    assert follower.confirmed_at is not None


def test_the_answer_is_the_same_whether_or_not_the_address_already_follows(
    client, post_now, make_follower, tokyo_areas
):
    make_follower(email="known@example.org")
    known = follow(post_now, email="known@example.org")
    unknown = follow(post_now, email="unknown@example.org")

    assert known.status_code == unknown.status_code == 200
    assert known.text == unknown.text
    assert [m.to for m in mail.outbox] == [["known@example.org"], ["unknown@example.org"]]


def test_a_filled_honeypot_shows_the_same_page_but_stores_and_sends_nothing(post_now, tokyo_areas):
    response = follow(post_now, website="https://spam.example")
    assert response.status_code == 200
    assert "確認のメールを送りました" in response.text
    assert not Follower.objects.exists()
    assert mail.outbox == []


def test_one_address_gets_at_most_three_confirmation_mails_an_hour(post_now, tokyo_areas):
    pages = [
        follow(post_now, ip=f"192.0.2.{n}").text  # from many places
        for n in range(5)
    ]
    assert len(set(pages)) == 1  # the same page every time: nothing is revealed
    assert len(mail.outbox) == 3
    assert Follower.objects.count() == 3


def test_one_ip_is_refused_after_ten_attempts_an_hour(post_now, tokyo_areas):
    for n in range(10):
        assert follow(post_now, email=f"r{n}@example.org").status_code == 200
    response = follow(post_now, email="r10@example.org")
    assert response.status_code == 429
    assert "しばらくしてから" in response.text
    assert len(mail.outbox) == 10
    # Another address's visitor is not held back.
    assert follow(post_now, email="other@example.org", ip="192.0.2.9").status_code == 200


def test_following_still_works_when_the_cache_is_down(post_now, tokyo_areas, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache away")

    monkeypatch.setattr(cache, "add", down)
    monkeypatch.setattr(cache, "incr", down)
    response = follow(post_now)
    assert response.status_code == 200
    assert len(mail.outbox) == 1


def test_a_form_without_an_address_or_an_area_says_what_is_missing(post_now, tokyo_areas):
    response = post_now("/follow/", {"email": "not-an-address"})
    assert response.status_code == 400
    assert 'aria-describedby="id_email-error"' in response.text
    assert 'id="id_areas-error"' in response.text
    assert mail.outbox == []


def test_the_form_groups_the_areas_and_preselects_the_one_linked_from_its_page(client, tokyo_areas):
    response = client.get("/follow/?area=arakawa")
    assert response.status_code == 200
    assert "<legend>" in response.text
    assert 'autocomplete="email"' in response.text
    assert 'value="arakawa"' in response.text
    box = response.text.split('value="arakawa"')[1].split(">")[0]
    assert "checked" in box
    assert "checked" not in response.text.split('value="kita"')[1].split(">")[0]


def test_the_area_page_links_to_following_the_area(client, tokyo_areas):
    response = client.get("/areas/arakawa/")
    assert "この地域の新着をメールで受け取る" in response.text
    assert "/follow/?area=arakawa" in response.text


def test_the_follow_pages_are_never_kept_in_the_page_cache(client, page_cache, tokyo_areas):
    response = client.get("/follow/")
    assert "no-store" in response["Cache-Control"]
    assert client.get("/follow/").get("X-Page-Cache") != "hit"


def test_following_works_in_english_and_the_mail_links_to_english_pages(
    client, post_now, tokyo_areas
):
    page = client.get("/en/follow/")
    assert page.status_code == 200
    assert 'lang="en"' in page.text
    response = follow(post_now, prefix="/en")
    assert response.status_code == 200
    path = link_in(mail.outbox[0].body, "/follow/confirm/")
    assert path.startswith("/en/follow/confirm/")
    assert post_now(path).status_code == 200
    follower = Follower.objects.get()
    assert follower.confirmed_at is not None
    assert follower.language == "en"
