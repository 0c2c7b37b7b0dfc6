import pytest
from django.template.loader import get_template
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_404_is_a_friendly_japanese_page(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "ページが見つかりません" in html
    assert 'href="/events/"' in html


def test_english_404(client, db):
    html = client.get("/en/no/such/page/").content.decode()
    assert '<html lang="en">' in html
    assert "Page not found" in html


def test_500_page_renders_without_a_request_or_database(django_assert_num_queries):
    with django_assert_num_queries(0), translation.override("ja"):
        html = get_template("500.html").render({})
    assert "ただいまページを表示できません" in html
    assert '<html lang="ja">' in html
