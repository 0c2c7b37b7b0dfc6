"""/open-data/ explains the data, its licence, its files and fields, and links the ZIP, in
Japanese and in English; every page's footer links it; its query count is pinned."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opendata.datasets import DATASETS
from opendata.store import current

pytestmark = pytest.mark.django_db


def test_the_page_names_the_licence_the_files_the_fields_and_the_download(demo, client):
    html = client.get("/open-data/").content.decode()
    assert "<h1>オープンデータ</h1>" in html
    assert "クリエイティブ・コモンズ 表示 4.0 国際" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/deed.ja"' in html
    assert 'href="/open-data/machizukuri-open-data.zip"' in html
    for dataset in DATASETS:
        assert f"<code>{dataset.name}.csv</code>" in html
        for field in dataset.header:
            assert f"<dt><code>{field}</code></dt>" in html
    assert 'id="open-data-generated"' in html and 'id="open-data-size"' in html


def test_the_page_shows_when_the_archive_was_made_and_its_size(demo, client):
    html = client.get("/open-data/").content.decode()
    archive = current()
    assert f'datetime="{archive.generated_at.isoformat()}"' in html
    assert "KB" in html or "MB" in html


def test_the_licence_is_a_setting(demo, client, settings):
    settings.OPEN_DATA_LICENCE = {
        "name": "パブリック・ドメイン（CC0）",
        "name_en": "CC0",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.ja",
        "attribution": "まちづくり",
    }
    html = client.get("/open-data/").content.decode()
    assert "パブリック・ドメイン（CC0）" in html
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/deed.ja"' in html


def test_the_english_page_is_served_under_en_with_the_licence(demo, client):
    response = client.get("/en/open-data/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert 'href="/en/open-data/machizukuri-open-data.zip"' in html
    assert "https://creativecommons.org/licenses/by/4.0/deed.ja" in html


def test_every_page_links_to_the_open_data_from_its_footer(demo, client):
    for url, link in (("/", 'href="/open-data/"'), ("/en/", 'href="/en/open-data/"')):
        footer = client.get(url).content.decode().split('class="site-footer"')[1]
        assert link in footer
        assert "オープンデータ" in footer or "/open-data/" in footer


def test_the_page_runs_no_query_once_the_archive_is_built(bulk, client):
    client.get("/open-data/")  # the first visit builds the archive
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/open-data/").status_code == 200
    assert len(queries) == 0, [q["sql"] for q in queries]


def test_building_the_archive_runs_a_fixed_number_of_queries_with_many_rows(bulk):
    from opendata.archive import build_zip

    with CaptureQueriesContext(connection) as queries:
        build_zip()
    # One per table read, whatever the rows: municipalities, groups, themes (+ goals, common
    # themes), organizations, memberships, reports, and events (+ groups, organizers, changes)
    # twice, for the events and for their dates.
    assert len(queries) == 16, [q["sql"] for q in queries]
