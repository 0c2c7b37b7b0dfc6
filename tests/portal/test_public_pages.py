from django.utils import translation

from portal.public_pages import PUBLIC_PAGES, PublicPage, existing_pages


def test_the_home_page_is_listed_and_served_whatever_the_active_language():
    with translation.override("en"):
        served, _ = existing_pages()
    assert "home" in [page.name for page in served]


def test_a_page_the_site_does_not_serve_yet_is_left_out_not_measured():
    page = PublicPage("someday", "/someday/{area}/")
    assert not page.exists()


def test_feeds_are_left_out_of_the_html_checks():
    served, missing = existing_pages(html_only=True)
    assert all(page.html for page in served + missing)
    assert any(not page.html for page in PUBLIC_PAGES)
