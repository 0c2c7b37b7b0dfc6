"""The anonymous page cache. Tests run inside a transaction that never commits, and the
data version moves on commit: changes are made under django_capture_on_commit_callbacks."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from areas.models import AreaGroup, CommonTheme, PublicationStatus, YearlyTheme
from events.models import Event
from portal.page_cache import AnonymousPageCacheMiddleware, data_version

pytestmark = pytest.mark.django_db


def test_an_anonymous_visitor_gets_the_second_view_from_the_cache_without_queries(
    client, demo, page_cache, django_assert_num_queries
):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_japanese_and_english_pages_are_cached_apart(client, demo, page_cache):
    client.get("/")
    english = client.get("/en/")
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="ja">' in client.get("/").content.decode()


def test_an_edit_in_the_admin_shows_at_once_to_anonymous_visitors(
    visitor, admin_client, demo, page_cache, django_capture_on_commit_callbacks
):
    theme = CommonTheme.objects.order_by("-fiscal_year").first()
    assert theme.name in visitor.get("/").content.decode()
    assert visitor.get("/")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/areas/commontheme/{theme.pk}/change/",
            {
                "fiscal_year": theme.fiscal_year,
                "name": "孤立を防ぐ見守り",
                "description": "地域の見守りを広げます。",
                "edit_version": theme.version,  # the version the form was opened with
            },
        )
    assert response.status_code == 302

    page = visitor.get("/")
    assert page["X-Page-Cache"] == "miss"
    assert "孤立を防ぐ見守り" in page.content.decode()


def test_publishing_a_theme_invalidates_every_cached_page(
    client, demo, page_cache, django_capture_on_commit_callbacks
):
    client.get("/")
    client.get("/en/")
    theme = YearlyTheme.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        theme.publication = PublicationStatus.DRAFT
        theme.save()
        theme.publication = PublicationStatus.PUBLISHED
        theme.save(update_fields=["publication"])
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_editing_an_event_or_its_areas_invalidates_cached_pages(
    client, demo, page_cache, django_capture_on_commit_callbacks
):
    event = Event.objects.first()
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        event.title = "名前を変えた活動"
        event.save()
    after_edit = data_version()
    assert after_edit != before
    with django_capture_on_commit_callbacks(execute=True):
        event.area_groups.add(AreaGroup.objects.get(slug="kita"))
    assert data_version() != after_edit


def test_a_changed_common_theme_is_visible_on_the_next_request(
    client, demo, page_cache, django_capture_on_commit_callbacks
):
    client.get("/")
    theme = CommonTheme.objects.order_by("-fiscal_year").first()
    with django_capture_on_commit_callbacks(execute=True):
        theme.description = "今年はフードドライブに力を入れます。"
        theme.save()
    assert "今年はフードドライブに力を入れます。" in client.get("/").content.decode()


def test_deleting_a_group_is_visible_on_the_next_request(
    client, demo, page_cache, django_capture_on_commit_callbacks
):
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True):
        AreaGroup.objects.get(slug="arakawa").delete()
    assert "荒川区まちづくり" not in client.get("/").content.decode()


def test_signed_in_users_never_get_or_fill_the_cache(visitor, admin_client, demo, page_cache):
    response = admin_client.get("/")
    assert "X-Page-Cache" not in response
    assert admin_client.get("/").get("X-Page-Cache") is None
    assert visitor.get("/")["X-Page-Cache"] == "miss"


def test_a_visitor_with_a_message_waiting_bypasses_the_cache(client, demo, page_cache):
    client.get("/")
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get("/")


def test_the_admin_is_never_cached(admin_client, client, page_cache):
    client.get("/admin/login/")
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_excluded_prefixes_apply_in_english_too(page_cache, settings):
    settings.PAGE_CACHE_EXCLUDED_PREFIXES = ("/accounts/",)
    middleware = AnonymousPageCacheMiddleware(lambda request: HttpResponse("sign in"))
    factory = RequestFactory()
    for path in ("/accounts/login/", "/en/accounts/login/"):
        middleware(factory.get(path))
        assert "X-Page-Cache" not in middleware(factory.get(path))
    middleware(factory.get("/en/"))
    assert middleware(factory.get("/en/"))["X-Page-Cache"] == "hit"


def test_a_response_that_sets_a_cookie_is_never_shared(page_cache):
    """A page with a form sets the CSRF cookie; another visitor must not get that token."""

    def view(request):
        response = HttpResponse("<form>…</form>")
        response.set_cookie("csrftoken", "secret-of-the-first-visitor")
        return response

    middleware = AnonymousPageCacheMiddleware(view)
    factory = RequestFactory()
    middleware(factory.get("/form/"))
    second = middleware(factory.get("/form/"))
    assert "X-Page-Cache" not in second


def test_a_successful_post_that_changes_no_data_leaves_the_data_version(page_cache):
    """Only a committed change moves the version; admin bulk actions save each row."""
    middleware = AnonymousPageCacheMiddleware(lambda request: HttpResponse(status=302))
    before = data_version()
    middleware(RequestFactory().post("/admin/events/event/", {"action": "publish"}))
    assert data_version() == before


def test_caching_is_off_when_the_setting_is_zero(client, demo, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_the_deploy_check_warns_when_workers_would_not_share_the_page_cache(settings):
    from portal.checks import page_cache_is_shared

    settings.PAGE_CACHE_SECONDS = 120
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [w.id for w in page_cache_is_shared(None)] == ["portal.W001"]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache",
        }
    }
    assert page_cache_is_shared(None) == []


def test_a_broken_cache_serves_pages_uncached_and_never_blocks_a_save(client, settings, demo):
    """The cache is an accelerator: with it unreachable, pages and edits still work."""
    from unittest import mock

    from areas.models import YearlyTheme

    settings.PAGE_CACHE_SECONDS = 60
    broken = mock.patch.multiple(
        "portal.page_cache.cache",
        get=mock.Mock(side_effect=ConnectionError("cache down")),
        set=mock.Mock(side_effect=ConnectionError("cache down")),
        incr=mock.Mock(side_effect=ConnectionError("cache down")),
        add=mock.Mock(side_effect=ConnectionError("cache down")),
    )
    with broken:
        response = client.get("/")
        assert response.status_code == 200
        assert "ひとりぼっちにしないまちづくり" in response.content.decode()
        theme = YearlyTheme.objects.first()
        theme.headline = "キャッシュが止まっていても保存できる"
        theme.save()
    theme.refresh_from_db()
    assert theme.headline == "キャッシュが止まっていても保存できる"
