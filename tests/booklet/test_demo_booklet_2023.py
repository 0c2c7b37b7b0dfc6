"""The demo publishes the 2023 booklet as it was (第1版, with the seed's words), once."""

import datetime

import pytest

from booklet import publishing
from booklet.models import PublishedReport, YearBooklet
from portal.demo.loader import load_demo
from tests.booklet.report_helpers import element_text
from tests.booklet.test_report_booklet import parse_seed

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 6, 15)


def test_an_anonymous_visitor_reads_the_seed_booklet_after_load_demo(client):
    load_demo(today=DAY)
    response = client.get("/reports/2023/")
    assert response.status_code == 200
    html = response.content.decode()
    seed = parse_seed()
    assert element_text(html, "booklet-title") == seed["title"]
    assert element_text(html, "introduction") == seed["introduction"]
    assert element_text(html, "theme-policy") == seed["theme_policy"]
    edition = PublishedReport.objects.get(fiscal_year=2023)
    assert edition.number == 1
    assert edition.published_by is None
    assert 'href="/reports/2023/"' in client.get("/reports/").content.decode()


def test_a_second_load_demo_adds_no_edition_and_keeps_edited_words():
    load_demo(today=DAY)
    words = YearBooklet.objects.get(fiscal_year=2023)
    words.contact = "事務局が書いた連絡先"
    words.save()
    load_demo(today=DAY)
    assert PublishedReport.objects.count() == 1
    words.refresh_from_db()
    assert words.contact == "事務局が書いた連絡先"


def test_load_demo_never_publishes_a_withdrawn_booklet_again():
    load_demo(today=DAY)
    publishing.withdraw(PublishedReport.objects.get(), None, "確認のため取り下げます。")
    load_demo(today=DAY)
    assert PublishedReport.objects.count() == 1
    assert PublishedReport.objects.get().is_withdrawn
