"""Mail is queued as a task once the transaction commits: a rolled-back change mails nothing."""

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
