"""Mail is queued as a task once the transaction commits: a rolled-back change mails nothing."""

import email.policy

import pytest
from django.core import mail
from django.db import transaction

from core.mail import queue_mail

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_queued_mail_is_sent_once_the_transaction_commits():
    with transaction.atomic():
        queue_mail(subject="申し込みを受け付けました", body="本文", to=["a@example.org"])
        assert mail.outbox == []
    assert [m.subject for m in mail.outbox] == ["申し込みを受け付けました"]
    assert mail.outbox[0].to == ["a@example.org"]


def test_a_rolled_back_change_mails_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_mail(subject="届かない", body="本文", to=["a@example.org"])
        raise RuntimeError
    assert mail.outbox == []


def test_a_long_unsubscribe_link_stays_one_plain_header_on_the_wire():
    url = "https://machizukuri.example.org/follow/unsubscribe/" + "a" * 43 + "/"
    queue_mail(
        subject="荒川区の新着",
        body="新しい活動のお知らせです。",
        to=["a@example.org"],
        headers={"List-Unsubscribe": f"<{url}>"},
    )
    wire = mail.outbox[0].message(policy=email.policy.SMTP).as_bytes()
    assert f"List-Unsubscribe: <{url}>".encode() in wire


def test_a_japanese_body_is_readable_text_not_base64():
    line = "荒川コープカフェ（2026年12月19日(土) 13:30）へのお申し込みを受け付けました。"
    queue_mail(subject="申し込み", body=line, to=["a@example.org"])
    wire = mail.outbox[0].message().as_bytes()
    assert line.encode() in wire  # one line of over 78 octets, as it was typed
