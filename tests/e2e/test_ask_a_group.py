"""A resident asks 荒川区's group from its page, in a real browser; the mail reaches 荒川区's
coordinator (the live server runs in this process: django.core.mail.outbox)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from areas.models import AreaGroup
from inquiries.models import GroupMessage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_sends_a_message_from_arakawas_page_and_it_reaches_its_coordinator(page, site):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    coordinator = get_user_model().objects.create_user(
        "arakawa-coordinator", email="arakawa-coordinator@example.org", is_staff=True
    )
    arakawa.coordinators.add(coordinator)
    get_user_model().objects.create_user(
        "kita-coordinator", email="kita-coordinator@example.org", is_staff=True
    )
    AreaGroup.objects.get(slug="kita").coordinators.add(
        get_user_model().objects.get(username="kita-coordinator")
    )

    page.goto(site + "/areas/arakawa/")
    page.get_by_role("link", name="このグループに問い合わせる").click()
    page.wait_for_url(site + "/areas/arakawa/contact/")
    page.get_by_label("お名前").fill("山田花子")
    page.get_by_label("メールアドレス").fill("hanako@example.net")
    page.get_by_label("お問い合わせの内容").fill("コープカフェに初めて行ってもいいですか。")
    page.get_by_role("button", name="送信する").click()
    page.wait_for_url(site + "/areas/arakawa/contact/sent/")
    assert page.get_by_role("heading", level=1).inner_text() == "送信しました"
    assert "hanako@example.net" not in page.content()

    assert GroupMessage.objects.filter(area_group=arakawa).count() == 1
    to_group = [m for m in mail.outbox if "arakawa-coordinator@example.org" in m.to]
    assert len(to_group) == 1
    assert to_group[0].extra_headers["Reply-To"] == "hanako@example.net"
    assert "コープカフェに初めて" in to_group[0].body
    assert not [m for m in mail.outbox if "kita-coordinator@example.org" in m.to]
    assert [m.to for m in mail.outbox if m is not to_group[0]] == [["hanako@example.net"]]
