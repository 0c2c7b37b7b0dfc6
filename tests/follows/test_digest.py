"""The weekly digest: what is new in a follower's areas (and kinds), once, with one-click
unsubscribe, in a fixed number of queries."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from areas.factories import AreaGroupFactory
from areas.models import AreaGroup, PublicationStatus
from events.factories import ActivityReportFactory, EventFactory
from events.models import EventKind
from follows.digest import send_digests

pytestmark = pytest.mark.django_db


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    def run(now=None):
        with django_capture_on_commit_callbacks(execute=True):
            return send_digests(now=now)

    return run


def event(title, area="arakawa", **fields):
    return EventFactory(title=title, area_groups=[AreaGroup.objects.get(slug=area)], **fields)


def test_a_follower_gets_the_new_events_and_reports_of_their_areas_only(send, make_follower):
    make_follower(areas=["arakawa"])
    cafe = event("荒川のカフェ")
    ActivityReportFactory(event=cafe)
    event("北区の学習会", area="kita")

    assert send() == 1
    body = mail.outbox[0].body
    assert "荒川のカフェ" in body
    assert f"http://localhost:8000/events/{cafe.pk}/" in body
    assert f"/events/{cafe.pk}/reports/" in body  # its report's own page
    assert "北区の学習会" not in body
    assert mail.outbox[0].to == ["hanako@example.org"]


def test_a_follower_of_some_kinds_gets_only_events_of_those_kinds(send, make_follower):
    make_follower(kinds=[EventKind.STUDY])
    event("荒川のカフェ", kind=EventKind.CAFE)
    event("荒川の学習会", kind=EventKind.STUDY)

    send()
    assert "荒川の学習会" in mail.outbox[0].body
    assert "荒川のカフェ" not in mail.outbox[0].body


def test_drafts_and_reports_of_draft_events_are_not_in_the_digest(send, make_follower):
    make_follower()
    draft = event("下書きの活動", publication=PublicationStatus.DRAFT)
    ActivityReportFactory(event=draft)
    published = event("公開の活動")
    ActivityReportFactory(event=published, publication=PublicationStatus.DRAFT)

    send()
    body = mail.outbox[0].body
    assert "下書きの活動" not in body
    assert "/reports/" not in body


def test_nothing_new_sends_no_mail(send, make_follower):
    make_follower()
    event("北区の学習会", area="kita")
    assert send() == 0
    assert mail.outbox == []


def test_unconfirmed_followers_get_no_digest(send, make_follower):
    make_follower(confirmed=False)
    event("荒川のカフェ")
    assert send() == 0
    assert mail.outbox == []


def test_what_was_published_before_following_is_not_sent(send, make_follower):
    event("前からある活動")
    follower = make_follower()
    follower.confirmed_at = timezone.now()
    follower.save()
    assert send() == 0


def test_the_next_digest_lists_only_what_was_published_since_the_last(send, make_follower):
    follower = make_follower()
    event("先週の活動")
    send()
    follower.refresh_from_db()
    assert follower.last_sent_at is not None

    event("今週の活動")
    send(now=timezone.now() + datetime.timedelta(seconds=1))
    assert len(mail.outbox) == 2
    assert "今週の活動" in mail.outbox[1].body
    assert "先週の活動" not in mail.outbox[1].body
    assert send(now=timezone.now() + datetime.timedelta(seconds=2)) == 0


def test_an_event_published_after_being_drafted_counts_from_its_publication(send, make_follower):
    draft = event("あとで公開する活動", publication=PublicationStatus.DRAFT)
    follower = make_follower()
    follower.confirmed_at = timezone.now()
    follower.save()

    draft.publication = PublicationStatus.PUBLISHED
    draft.save()
    send(now=timezone.now() + datetime.timedelta(seconds=1))
    assert "あとで公開する活動" in mail.outbox[0].body


def test_each_digest_has_one_click_unsubscribe_headers_and_a_link_in_its_body(
    send, make_follower, settings
):
    settings.SITE_URL = "https://machizukuri.example.org"
    make_follower()
    event("荒川のカフェ")
    send()
    message = mail.outbox[0]
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<https://machizukuri.example.org/follow/unsubscribe/")
    assert header.endswith("/>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.strip("<>") in message.body
    # The headers reach the wire.
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()


def test_the_digest_takes_the_same_number_of_queries_for_many_followers_and_areas(
    send, make_follower, tokyo_areas
):
    def run():
        with CaptureQueriesContext(connection) as queries:
            sent = send()
        return sent, len(queries)

    make_follower(email="one@example.org", areas=["arakawa"])
    ActivityReportFactory(event=event("荒川のカフェ"))
    small = run()

    more = [AreaGroupFactory() for _ in range(4)]
    slugs = ["arakawa", "kita", *(g.slug for g in more)]
    for n in range(8):
        make_follower(email=f"f{n}@example.org", areas=slugs[n % 3 : n % 3 + 3])
    for n, slug in enumerate(slugs):
        ActivityReportFactory(event=event(f"活動{n}", area=slug))
    large = run()

    assert small[0] == 1 and large[0] == 9
    assert small[1] == large[1] <= 8


def test_the_command_and_the_task_send_the_digests(
    make_follower, django_capture_on_commit_callbacks, capsys
):
    from follows.tasks import send_digests_task

    make_follower()
    event("荒川のカフェ")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digests")
    assert "1 digest(s) sent." in capsys.readouterr().out
    assert len(mail.outbox) == 1

    event("荒川の学習会")
    with django_capture_on_commit_callbacks(execute=True):
        result = send_digests_task.enqueue()
    assert result.return_value == 1
    assert "荒川の学習会" in mail.outbox[1].body
