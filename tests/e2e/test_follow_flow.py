"""A resident follows 荒川区 by email in a real browser, confirms through the mailed link,
receives the weekly digest of a newly published event and unsubscribes from its link."""

import re

import pytest
from django.core import mail
from django.core.management import call_command

from areas.models import AreaGroup
from events.factories import EventFactory
from follows.models import Follower

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_EVENT = "荒川コープカフェ 特別編"


def mailed_path(message, route: str) -> str:
    return re.search(rf"https?://[^/\s]+({re.escape(route)}\S+)", message.body).group(1)


def test_a_resident_follows_arakawa_gets_the_digest_and_unsubscribes(page, site):
    page.goto(site + "/areas/arakawa/")
    page.get_by_role("link", name="この地域の新着をメールで受け取る").click()
    page.wait_for_url(re.compile(r"/follow/\?area=arakawa$"))
    assert page.get_by_role("checkbox", name="荒川区まちづくり").is_checked()
    # Each area's whole label answers a tap (44 px), not only its small box.
    label = page.locator("label", has_text="北区まちづくり").first
    assert label.bounding_box()["height"] >= 44
    label.click()
    assert page.get_by_role("checkbox", name="北区まちづくり").is_checked()
    label.click()
    page.get_by_label("メールアドレス").fill("hanako@example.org")
    page.get_by_role("button", name="確認のメールを送る").click()
    assert page.get_by_role("heading", level=1).inner_text() == "確認のメールを送りました"

    (confirmation,) = mail.outbox
    assert confirmation.to == ["hanako@example.org"]
    page.goto(site + mailed_path(confirmation, "/follow/confirm/"))
    page.get_by_role("button", name="登録を確定する").click()
    assert page.get_by_role("heading", level=1).inner_text() == "登録しました"

    EventFactory(title=NEW_EVENT, area_groups=[AreaGroup.objects.get(slug="arakawa")])
    call_command("send_digests")

    digest = mail.outbox[-1]
    assert digest.to == ["hanako@example.org"]
    assert NEW_EVENT in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    page.goto(site + mailed_path(digest, "/follow/unsubscribe/"))
    page.get_by_role("button", name="配信を止める").click()
    assert page.get_by_role("heading", level=1).inner_text() == "配信を止めました"
    assert not Follower.objects.exists()
