"""The page cache moves only when published data really changes, on commit; never because
of a request's method (an anonymous POST must not empty everyone's cache)."""

import pytest
from django.db import transaction
from django.test import Client

from areas.models import PublicationStatus
from events.factories import EventFactory
from events.models import Event
from portal.page_cache import data_version

pytestmark = pytest.mark.django_db


def test_an_anonymous_failed_sign_in_leaves_the_cached_pages_alone(
    visitor, demo, page_cache, django_capture_on_commit_callbacks
):
    visitor.get("/")
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(
            "/accounts/login/", {"login": "nobody", "password": "wrong-password"}
        )
    assert response.status_code < 400
    assert data_version() == before
    assert visitor.get("/")["X-Page-Cache"] == "hit"


def test_a_post_to_a_public_page_leaves_the_cached_pages_alone(
    visitor, demo, page_cache, django_capture_on_commit_callbacks
):
    visitor.get("/events/")
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/events/", {"anything": "at all"})
    assert response.status_code < 400
    assert data_version() == before
    assert visitor.get("/events/")["X-Page-Cache"] == "hit"


def test_a_published_event_saved_in_a_transaction_moves_the_version_only_on_commit(
    demo, page_cache, django_capture_on_commit_callbacks
):
    event = Event.objects.filter(publication=PublicationStatus.PUBLISHED).first()
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        event.title = "名前を変えた活動"
        event.save()
        assert data_version() == before  # not committed: other requests see the old row
    assert data_version() != before


def test_a_rolled_back_save_leaves_the_version_alone(
    demo, page_cache, django_capture_on_commit_callbacks
):
    event = Event.objects.first()
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        event.title = "取り消される変更"
        event.save()
        transaction.set_rollback(True)
    assert data_version() == before


def test_a_bulk_publish_in_the_admin_shows_on_the_next_anonymous_request(
    visitor, admin_client, page_cache, django_capture_on_commit_callbacks
):
    drafts = [
        EventFactory(title=f"まとめて公開する活動{n}", publication=PublicationStatus.DRAFT)
        for n in range(3)
    ]
    page = visitor.get("/events/?date_from=2023-06-01&date_to=2023-06-30")
    assert "まとめて公開する活動" not in page.content.decode()
    assert visitor.get("/events/?date_from=2023-06-01&date_to=2023-06-30")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/events/event/",
            {"action": "publish", "_selected_action": [e.pk for e in drafts]},
        )
    assert response.status_code == 302
    assert set(
        Event.objects.filter(pk__in=[e.pk for e in drafts]).values_list("publication", flat=True)
    ) == {PublicationStatus.PUBLISHED}

    page = visitor.get("/events/?date_from=2023-06-01&date_to=2023-06-30")
    assert page["X-Page-Cache"] == "miss"
    for event in drafts:
        assert event.title in page.content.decode()


def test_a_write_without_model_signals_moves_the_version_on_commit_when_announced(
    page_cache, django_capture_on_commit_callbacks
):
    from core.signals import data_changed

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        Event.objects.update(title="まとめて変えた")  # sends no post_save
        data_changed.send(sender=Event)
        assert data_version() == before
    assert data_version() != before


def test_a_review_entry_announces_the_update_of_its_issues_progress(db):
    from core.signals import data_changed
    from plans.factories import ReviewEntryFactory
    from plans.models import PlanIssue

    senders = []

    def receiver(sender, **kwargs):
        senders.append(sender)

    data_changed.connect(receiver)
    try:
        ReviewEntryFactory(progress=40)
    finally:
        data_changed.disconnect(receiver)
    assert senders == [PlanIssue]


def test_generated_data_made_with_bulk_create_moves_the_version(
    demo, page_cache, django_capture_on_commit_callbacks
):
    from portal.demo.generator import generate

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        generate(2)
    assert data_version() != before
