import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_the_philosophy_in_japanese(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "ひとりぼっちにしないまちづくり" in html
    assert "本文へ移動" in html
    assert "荒川区まちづくり" in html


def test_english_lives_under_en(client, demo):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert "本文へ移動" not in html


def test_the_language_switcher_links_to_the_same_page_in_the_other_language(client, demo):
    ja = client.get("/").content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in ja
    en = client.get("/en/").content.decode()
    assert '<a href="/" hreflang="ja" lang="ja">日本語</a>' in en
    assert '<span aria-current="true">English</span>' in en


def test_an_english_browser_still_gets_japanese_at_the_root(client, demo):
    response = client.get("/", headers={"accept-language": "en"})
    assert '<html lang="ja">' in response.content.decode()
