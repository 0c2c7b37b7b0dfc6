"""A year's booklet has its own words (title, lead, theme policy, publisher, date, contact),
per network, and nothing of one year's text appears in another year's booklet or charter."""

import datetime

import pytest
from django.db import IntegrityError

from areas.models import Network
from booklet import services
from booklet.models import YearBooklet
from portal.demo import booklet_2023 as seed
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db

LEAD_2023 = seed.INTRODUCTION
POLICY_2023 = seed.THEME_POLICY


@pytest.fixture
def saitama():
    return Network.objects.get(slug="saitama-watamachi")


def test_the_2023_booklet_carries_its_own_words_under_edition(demo):
    edition = services.build_report(2023)["edition"]
    assert set(edition) == {"title", "lead", "theme_policy", "publisher", "published_on", "contact"}
    assert edition["title"] == "東京の生協のまちづくり活動トピックス"
    assert edition["lead"] == LEAD_2023
    assert edition["theme_policy"] == POLICY_2023


def test_each_network_and_year_has_its_own_words(demo, saitama):
    YearBooklet.objects.create(
        network=saitama,
        fiscal_year=2023,
        title="わたまち活動トピックス",
        lead="わたまちの一年。",
        publisher="生活クラブ埼玉",
        published_on=datetime.date(2024, 5, 1),
        contact="048-000-0000",
    )
    tokyo = services.build_report(2023)["edition"]
    watamachi = services.build_report(2023, saitama)["edition"]
    assert tokyo["lead"] == LEAD_2023
    assert watamachi == {
        "title": "わたまち活動トピックス",
        "lead": "わたまちの一年。",
        "theme_policy": "",
        "publisher": "生活クラブ埼玉",
        "published_on": "2024-05-01",
        "contact": "048-000-0000",
    }
    assert services.build_report(2023, saitama)["title"] == "わたまち活動トピックス"


def test_a_network_has_one_set_of_words_per_year(demo):
    tokyo = Network.objects.default()
    with pytest.raises(IntegrityError):
        YearBooklet.objects.create(network=tokyo, fiscal_year=2023, title="二つ目")


def test_the_2026_booklet_has_none_of_2023s_words(demo):
    content = services.build_report(2026)
    assert content["edition"]["lead"] == ""
    assert content["edition"]["theme_policy"] == ""
    assert LEAD_2023 not in str(content)
    assert POLICY_2023 not in str(content)


def test_the_2026_draft_says_its_words_are_missing_instead_of_showing_2023s(
    client, demo, secretariat
):
    client.force_login(secretariat)
    html = client.get("/reports/2026/").content.decode()
    assert "この年度の冊子の文言はまだありません。" in html
    assert LEAD_2023 not in html
    assert POLICY_2023 not in html
    assert 'href="/admin/booklet/yearbooklet/add/?network=' in html


def test_the_2026_charter_page_shows_none_of_2023s_words(client, demo):
    html = client.get("/charter/?year=2026").content.decode()
    assert "ひとりぼっちにしないまちづくり" in html  # the standards carry on
    assert LEAD_2023 not in html
    assert POLICY_2023 not in html


def test_the_2023_charter_page_shows_the_years_own_words(client, demo):
    html = client.get("/charter/?year=2023").content.decode()
    assert element_text(html, "year-lead") == LEAD_2023
    assert element_text(html, "year-theme-policy") == POLICY_2023


def test_the_secretariat_writes_a_years_words_in_the_admin(client, demo, secretariat):
    client.force_login(secretariat)
    tokyo = Network.objects.default()
    url = "/admin/booklet/yearbooklet/add/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "network": tokyo.pk,
            "fiscal_year": 2026,
            "title": "東京の生協のまちづくり活動トピックス",
            "lead": "2026年度のはじめに。",
            "theme_policy": "2026年度の方針。",
            "publisher": "東京の生協のまちづくり連絡会",
            "published_on": "2026-06-01",
            "contact": "事務局",
        },
    )
    assert response.status_code == 302
    html = client.get("/reports/2026/").content.decode()
    assert element_text(html, "introduction") == "2026年度のはじめに。"
    assert element_text(html, "theme-policy") == "2026年度の方針。"
    assert "この年度の冊子の文言はまだありません。" not in html


def test_a_snapshot_published_before_the_words_still_shows_its_introduction(client, demo):
    from booklet.models import PublishedReport

    edition = PublishedReport.objects.get(fiscal_year=2023)
    old = dict(edition.content)
    del old["edition"]
    old["introduction"] = "昔の版のはじめに。"
    old["charter"] = {**old["charter"], "theme_policy": "昔の版の方針。"}
    PublishedReport.objects.filter(pk=edition.pk).update(content=old)
    html = client.get("/reports/2023/").content.decode()
    assert element_text(html, "introduction") == "昔の版のはじめに。"
    assert element_text(html, "theme-policy") == "昔の版の方針。"
