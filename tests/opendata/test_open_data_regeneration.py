"""The open-data ZIP is built once and kept; a change of the public data (on commit) makes the
next download build it again, with the new row. A broken cache or storage still serves it."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone

from areas.models import PublicationStatus
from events.models import Event
from opendata import archive, store
from tests.opendata.conftest import ZIP_URL

pytestmark = pytest.mark.django_db


@pytest.fixture
def builds(monkeypatch):
    """Count the archive builds."""
    calls = []
    real = archive.build_zip

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(store, "build_zip", counted)
    return calls


@pytest.fixture
def draft_event(demo):
    event = Event.objects.published().first()
    Event.objects.filter(pk=event.pk).update(
        publication=PublicationStatus.DRAFT, title="公開前の新しい活動"
    )
    event.refresh_from_db()
    return event


def test_two_downloads_are_one_build(demo, builds, download):
    first = download()
    second = download()
    assert len(builds) == 1
    assert first.raw("events.csv") == second.raw("events.csv")


def test_the_page_and_the_download_share_one_build(demo, builds, client, download):
    assert client.get("/open-data/").status_code == 200
    download()
    assert client.get("/en/open-data/").status_code == 200
    assert len(builds) == 1


def test_a_publish_then_a_download_is_a_new_build_with_the_new_row(
    draft_event, builds, download, django_capture_on_commit_callbacks
):
    assert "公開前の新しい活動" not in download().text("events.csv")
    with django_capture_on_commit_callbacks(execute=True):
        draft_event.publication = PublicationStatus.PUBLISHED
        draft_event.save()
    assert "公開前の新しい活動" in download().text("events.csv")
    assert len(builds) == 2


def test_a_change_is_seen_only_once_committed(
    draft_event, builds, download, django_capture_on_commit_callbacks
):
    download()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        draft_event.publication = PublicationStatus.PUBLISHED
        draft_event.save()
    download()
    assert len(builds) == 1  # not committed yet: the kept build is still the public data
    for callback in callbacks:
        callback()
    download()
    assert len(builds) == 2


def test_with_the_page_cache_on_a_publish_is_in_the_next_download(
    page_cache, draft_event, client, django_capture_on_commit_callbacks
):
    before = client.get(ZIP_URL)
    assert "X-Page-Cache" not in before  # the ZIP is never kept by the page cache
    assert client.get("/open-data/")["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        draft_event.publication = PublicationStatus.PUBLISHED
        draft_event.save()
    after = client.get(ZIP_URL)
    assert after["ETag"] != before["ETag"]
    assert client.get("/open-data/")["X-Page-Cache"] == "miss"


def test_the_download_is_an_attachment_with_a_dated_name_and_validators(demo, client):
    response = client.get(ZIP_URL)
    assert response["Content-Type"] == "application/zip"
    built = store.current()
    day = built.generated_at.strftime("%Y%m%d")
    assert response["Content-Disposition"] == (
        f'attachment; filename="machizukuri-open-data-{day}.zip"'
    )
    assert response["ETag"] == f'"{built.sha256}"'
    assert response["Last-Modified"]
    assert response["Cache-Control"] == "no-cache"
    again = client.get(ZIP_URL, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304


def test_the_kept_archive_is_in_the_default_storage_under_its_hash(demo, download):
    download()
    kept = store.current()
    assert kept.name == f"opendata/machizukuri-open-data-{kept.sha256[:32]}.zip"
    assert default_storage.exists(kept.name)


def test_a_new_build_deletes_the_old_file(
    draft_event, download, django_capture_on_commit_callbacks
):
    download()
    old = store.current().name
    with django_capture_on_commit_callbacks(execute=True):
        draft_event.publication = PublicationStatus.PUBLISHED
        draft_event.save()
    download()
    assert not default_storage.exists(old)
    assert default_storage.exists(store.current().name)


def test_a_broken_cache_still_serves_the_zip_built_in_memory(demo, download, client):
    broken = mock.patch.multiple(
        cache,
        get=mock.Mock(side_effect=ConnectionError("cache down")),
        set=mock.Mock(side_effect=ConnectionError("cache down")),
        add=mock.Mock(side_effect=ConnectionError("cache down")),
        incr=mock.Mock(side_effect=ConnectionError("cache down")),
    )
    with broken:
        assert "events.csv" in download().names()
        assert client.get("/open-data/").status_code == 200


def test_a_broken_storage_still_serves_the_zip_built_in_memory(demo, download):
    broken = mock.patch.multiple(
        default_storage,
        save=mock.Mock(side_effect=OSError("disk full")),
        exists=mock.Mock(return_value=False),
    )
    with broken:
        assert "events.csv" in download().names()


def test_a_storage_failing_to_read_the_kept_file_still_serves_the_zip(demo, builds, download):
    download()
    with mock.patch.object(default_storage, "open", side_effect=RuntimeError("S3 down")):
        assert "events.csv" in download().names()
    assert len(builds) == 2


def test_a_kept_file_gone_missing_is_built_again(demo, builds, download):
    download()
    default_storage.delete(store.current().name)
    assert "events.csv" in download().names()
    assert len(builds) == 2


def test_an_unreadable_database_answers_a_503_page_not_a_500(demo, client, monkeypatch):
    monkeypatch.setattr(store, "build_zip", mock.Mock(side_effect=DatabaseError("down")))
    for url in ("/open-data/", ZIP_URL):
        response = client.get(url)
        assert response.status_code == 503
        assert "オープンデータをいま用意できません" in response.content.decode()


def test_the_command_builds_the_archive_for_cron_and_downloads_use_it(demo, builds, download):
    call_command("build_open_data", verbosity=0)
    download()
    assert len(builds) == 1
    assert store.is_fresh()


def test_the_command_builds_nothing_when_nothing_changed_unless_forced(demo, builds):
    call_command("build_open_data", verbosity=0)
    call_command("build_open_data", verbosity=0)
    assert len(builds) == 1
    call_command("build_open_data", force=True, verbosity=0)
    assert len(builds) == 2


def test_a_broken_cache_leaves_no_file_behind(demo, download):
    broken = mock.patch.multiple(
        cache,
        get=mock.Mock(side_effect=ConnectionError("cache down")),
        add=mock.Mock(side_effect=ConnectionError("cache down")),
    )
    with broken:
        download()
        download()
    assert not default_storage.exists("opendata")


def test_the_command_writes_a_copy_where_asked(demo, tmp_path):
    target = tmp_path / "open-data.zip"
    call_command("build_open_data", output=str(target), verbosity=0)
    assert target.read_bytes() == store.current().read()


def test_with_a_deferring_task_backend_a_change_queues_one_rebuild(
    draft_event, monkeypatch, django_capture_on_commit_callbacks
):
    task = mock.Mock()
    task.get_backend.return_value.supports_defer = True
    monkeypatch.setattr(store, "rebuild_task", task)
    with django_capture_on_commit_callbacks(execute=True):
        draft_event.publication = PublicationStatus.PUBLISHED
        draft_event.save()
        draft_event.save()
    assert task.using.return_value.enqueue.call_count == 1
    assert task.using.call_args.kwargs["run_after"] > timezone.now()


def test_the_rebuild_task_builds_only_when_the_data_changed(demo, builds):
    assert store.rebuild_task.call() is True
    assert store.rebuild_task.call() is False
    assert len(builds) == 1
