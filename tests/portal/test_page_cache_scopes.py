"""The page cache refreshes what a change shows on, not every page: a change to one area's data
refreshes that area's pages and the site-wide lists, and leaves other areas' pages cached.
Tests run in a transaction that never commits; versions move on commit, so changes are made
under django_capture_on_commit_callbacks."""

import threading
from unittest import mock

import pytest
from django.core.cache import cache

from areas.models import AreaGroup, Charter, Membership, YearlyTheme
from core.data_versions import DataVersion
from events.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Run a change as if it committed."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            action()

    return run


def _warm(visitor, *paths):
    for path in paths:
        visitor.get(path)
        assert visitor.get(path)["X-Page-Cache"] == "hit", path


def _state(visitor, path):
    return visitor.get(path)["X-Page-Cache"]


def test_editing_arakawas_theme_refreshes_its_page_and_the_list_but_not_kitas_page(
    visitor, demo, page_cache, change, django_assert_num_queries
):
    _warm(visitor, "/areas/arakawa/", "/areas/", "/areas/kita/", "/en/areas/kita/")
    theme = YearlyTheme.objects.filter(area_group__slug="arakawa").order_by("-fiscal_year")[0]

    def edit():
        theme.headline = "荒川区の新しい見出し"
        theme.save()

    change(edit)
    page = visitor.get("/areas/arakawa/")
    assert page["X-Page-Cache"] == "miss"
    assert "荒川区の新しい見出し" in page.content.decode()
    assert _state(visitor, "/areas/") == "miss"
    with django_assert_num_queries(0):
        assert _state(visitor, "/areas/kita/") == "hit"
        assert _state(visitor, "/en/areas/kita/") == "hit"


def test_editing_an_event_refreshes_its_page_its_areas_page_and_the_events_list(
    visitor, demo, page_cache, change
):
    event = Event.objects.published().filter(area_groups__slug="arakawa").first()
    others = AreaGroup.objects.exclude(events=event).exclude(slug="arakawa").first()
    own, area, other = f"/events/{event.pk}/", "/areas/arakawa/", f"/areas/{others.slug}/"
    _warm(visitor, own, area, "/events/", other)

    def edit():
        event.title = "名前を変えた活動"
        event.save()

    change(edit)
    page = visitor.get(own)
    assert page["X-Page-Cache"] == "miss"
    assert "名前を変えた活動" in page.content.decode()
    assert _state(visitor, area) == "miss"
    assert _state(visitor, "/events/") == "miss"
    assert _state(visitor, other) == "hit"


def test_another_events_page_stays_cached_when_one_event_changes(visitor, demo, page_cache, change):
    first, second = Event.objects.published().order_by("pk")[:2]
    _warm(visitor, f"/events/{second.pk}/")

    def edit():
        first.title = "名前を変えた活動"
        first.save()

    change(edit)
    assert _state(visitor, f"/events/{second.pk}/") == "hit"


def test_moving_an_event_to_another_area_refreshes_both_areas_pages(
    visitor, demo, page_cache, change
):
    event = Event.objects.published().filter(area_groups__slug="arakawa").first()
    kita = AreaGroup.objects.get(slug="kita")
    _warm(visitor, "/areas/arakawa/", "/areas/kita/")

    change(lambda: event.area_groups.set([kita]))
    assert _state(visitor, "/areas/arakawa/") == "miss"
    assert event.title in visitor.get("/areas/kita/").content.decode()


def test_a_coop_rename_refreshes_every_page_that_shows_it(visitor, demo, page_cache, change):
    membership = Membership.objects.select_related("organization", "area_group").first()
    coop, area = membership.organization, membership.area_group
    paths = [f"/areas/{area.slug}/", f"/coops/{coop.slug}/", "/coops/", "/"]
    _warm(visitor, *paths)

    def rename():
        coop.name = "名前を変えた生協"
        coop.save()

    change(rename)
    for path in paths:
        assert _state(visitor, path) == "miss", path
    assert "名前を変えた生協" in visitor.get(f"/areas/{area.slug}/").content.decode()


def test_a_coop_description_edit_leaves_area_pages_cached(visitor, demo, page_cache, change):
    membership = Membership.objects.select_related("organization", "area_group").first()
    coop, area = membership.organization, membership.area_group
    _warm(visitor, f"/areas/{area.slug}/", f"/coops/{coop.slug}/")

    def edit():
        coop.description = "説明だけを変えました。"
        coop.save()

    change(edit)
    assert _state(visitor, f"/coops/{coop.slug}/") == "miss"
    assert _state(visitor, f"/areas/{area.slug}/") == "hit"


def test_a_change_to_the_charter_refreshes_every_area_page(visitor, demo, page_cache, change):
    _warm(visitor, "/areas/arakawa/", "/areas/kita/")
    charter = Charter.objects.first()
    change(charter.save)
    assert _state(visitor, "/areas/arakawa/") == "miss"
    assert _state(visitor, "/areas/kita/") == "miss"


def test_renaming_an_area_refreshes_the_pages_of_its_events(visitor, demo, page_cache, change):
    event = Event.objects.published().filter(area_groups__slug="arakawa").first()
    _warm(visitor, f"/events/{event.pk}/")
    group = AreaGroup.objects.get(slug="arakawa")

    def rename():
        group.name = "あらかわまちづくり"
        group.save()

    change(rename)
    page = visitor.get(f"/events/{event.pk}/")
    assert page["X-Page-Cache"] == "miss"
    assert "あらかわまちづくり" in page.content.decode()


def test_a_version_bump_falls_back_to_add_when_the_key_is_missing(page_cache):
    version = DataVersion("test:scope")
    cache.delete(version.key)
    version.bump()
    first = cache.get(version.key)
    assert first is not None
    version.bump()
    assert cache.get(version.key) == first + 1


def test_a_bump_racing_with_another_that_added_the_key_first_still_moves_it(page_cache):
    """Two saves at once on a missing key: incr fails for both, one add wins; the other
    must not overwrite it with set (its number could be lower), it increments instead."""
    version = DataVersion("test:race")
    cache.delete(version.key)
    real_incr = cache.incr
    calls = []

    def incr(key, *args, **kwargs):
        calls.append(key)
        if len(calls) == 1:  # the other save adds the key between our incr and our add
            cache.add(key, 1000, timeout=None)
            raise ValueError("missing")
        return real_incr(key, *args, **kwargs)

    with mock.patch.object(cache, "incr", side_effect=incr):
        version.bump()
    assert cache.get(version.key) == 1001


def test_concurrent_bumps_are_all_counted(page_cache):
    version = DataVersion("test:concurrent")
    version.bump()
    start = cache.get(version.key)
    threads = [threading.Thread(target=version.bump) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cache.get(version.key) == start + 8


def test_an_unreachable_cache_serves_scoped_pages_uncached_and_never_blocks_a_save(
    client, demo, page_cache, change
):
    down = mock.Mock(side_effect=ConnectionError("cache down"))
    broken = mock.patch.multiple(
        "django.core.cache.cache", get=down, get_many=down, set=down, incr=down, add=down
    )
    theme = YearlyTheme.objects.filter(area_group__slug="arakawa").first()
    with broken:
        for path in ("/areas/arakawa/", "/areas/", "/events/"):
            response = client.get(path)
            assert response.status_code == 200
            assert "X-Page-Cache" not in response

        def edit():
            theme.headline = "キャッシュが止まっていても保存できる"
            theme.save()

        change(edit)
    theme.refresh_from_db()
    assert theme.headline == "キャッシュが止まっていても保存できる"
