"""/search/: what a resident finds, how it is shown, and what never appears."""

import re

import pytest

from areas.factories import AreaGroupFactory, YearlyThemeFactory
from areas.models import PublicationStatus
from coops.factories import OrganizationFactory
from events.factories import ActivityReportFactory, EventFactory
from plans.factories import AreaPlanFactory, PlanIssueFactory
from search.models import Kind, SearchEntry

DRAFT = PublicationStatus.DRAFT
PUBLISHED = PublicationStatus.PUBLISHED


def result_links(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="search-result-title" href="([^"]+)"', html)


@pytest.fixture
def bosai(db):
    return EventFactory(title="防災まち歩き", description="避難所までの道を歩きます。")


@pytest.mark.parametrize("typed", ["ぼうさい", "ボウサイ", "ﾎﾞｳｻｲ", "防災", "ぼうさい まち"])
def test_a_resident_finds_the_bosai_event_however_they_type_it(client, bosai, typed):
    response = client.get("/search/", {"q": typed})
    assert response.status_code == 200
    assert result_links(response) == [bosai.get_absolute_url()]


@pytest.mark.parametrize("typed", ["カフェ", "かふぇ", "ｶﾌｪ", "カフェー", "かふぇー"])
def test_cafe_is_found_in_kana_of_every_width_and_with_or_without_the_long_vowel(client, db, typed):
    event = EventFactory(title="みんなのカフェ")
    assert result_links(client.get("/search/", {"q": typed})) == [event.get_absolute_url()]


def test_an_unpublished_event_is_never_found(client, db):
    EventFactory(title="防災の下書き", publication=DRAFT)
    assert result_links(client.get("/search/", {"q": "ぼうさい"})) == []
    assert not SearchEntry.objects.exists()


def test_unpublishing_an_event_removes_it_and_its_reports(client, bosai):
    ActivityReportFactory(event=bosai, summary="防災倉庫を見ました。")
    assert SearchEntry.objects.count() == 2
    bosai.publication = DRAFT
    bosai.save()
    assert result_links(client.get("/search/", {"q": "ぼうさい"})) == []
    assert not SearchEntry.objects.exists()


def test_a_draft_report_is_never_found_and_publishing_it_adds_it(client, bosai):
    report = ActivityReportFactory(event=bosai, summary="備蓄を確かめました。", publication=DRAFT)
    assert result_links(client.get("/search/", {"q": "びちく"})) == []
    report.publication = PUBLISHED
    report.save()
    assert result_links(client.get("/search/", {"q": "びちく"})) == [report.get_absolute_url()]


def test_deleting_an_event_removes_its_entries(client, bosai):
    ActivityReportFactory(event=bosai)
    bosai.delete()
    assert not SearchEntry.objects.exists()


def test_a_draft_theme_and_plan_are_never_found_but_published_ones_are(client, db):
    group = AreaGroupFactory(name="荒川区まちづくり")
    YearlyThemeFactory(area_group=group, fiscal_year=2023, text="見守りの輪", publication=DRAFT)
    plan = AreaPlanFactory(area_group=group, title="見守りプラン", publication=DRAFT)
    PlanIssueFactory(plan=plan, title="見守りの担い手")
    assert result_links(client.get("/search/", {"q": "みまもり"})) == []

    YearlyThemeFactory(area_group=group, fiscal_year=2024, text="見守りの輪", publication=PUBLISHED)
    plan.publication = PUBLISHED
    plan.save()
    links = result_links(client.get("/search/", {"q": "みまもり"}))
    assert sorted(links) == sorted(
        [
            f"/areas/{group.slug}/2024/",
            f"/areas/{group.slug}/plan/",
            f"/areas/{group.slug}/plan/#issue-{plan.issues.get().pk}",
        ]
    )


def test_results_are_grouped_by_kind_in_order(client, db):
    group = AreaGroupFactory(name="みどり区まちづくり")
    EventFactory(title="みどりのカフェ", area_groups=[group])
    OrganizationFactory(name="みどり生協")
    html = client.get("/search/", {"q": "みどり"}).content.decode()
    headings = re.findall(r'<h3 id="search-group-(\w+)">', html)
    assert headings == [Kind.AREA, Kind.EVENT, Kind.COOP]
    assert "3件" in html


def test_a_script_in_a_title_is_escaped_and_the_match_marked(client, db):
    EventFactory(title='<script>alert("x")</script>防災')
    html = client.get("/search/", {"q": "ぼうさい"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<mark>防災</mark>" in html


def test_half_width_kana_in_a_title_is_marked_where_it_stands(client, db):
    EventFactory(title="ｶﾌｪ ひだまり")
    html = client.get("/search/", {"q": "カフェ"}).content.decode()
    assert "<mark>ｶﾌｪ</mark> ひだまり" in html


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "検索する言葉を入れてください。"),
        ("   ", "検索する言葉を入れてください。"),
        ("\x00", "検索する言葉を入れてください。"),
        ("あ" * 101, "100文字までにしてください。"),
        ("x" * 10_000, "100文字までにしてください。"),
    ],
)
def test_a_query_that_cannot_be_searched_gets_a_message(client, db, q, message):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize("q", ["%", "_", "100%", "a_b", "😀", "'; DROP TABLE", "\\"])
def test_odd_queries_never_break_the_page(client, bosai, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    assert result_links(response) == []


def test_a_nul_in_the_query_is_left_out(client, bosai):
    assert result_links(client.get("/search/", {"q": "防\x00災"})) == [bosai.get_absolute_url()]


def test_percent_and_underscore_are_matched_literally(client, db):
    event = EventFactory(title="参加率100%の会")
    EventFactory(title="参加率1000の会")
    assert result_links(client.get("/search/", {"q": "100%"})) == [event.get_absolute_url()]


def test_the_english_page_links_to_english_pages(client, bosai):
    response = client.get("/en/search/", {"q": "ぼうさい"})
    assert result_links(response) == [f"/en/events/{bosai.pk}/"]


def test_one_kind_is_paginated(client, db):
    for n in range(25):
        EventFactory(title=f"防災講座{n}")
    first = client.get("/search/", {"q": "防災", "kind": "event"})
    assert len(result_links(first)) == 20
    assert 'rel="next"' in first.content.decode()
    second = client.get("/search/", {"q": "防災", "kind": "event", "page": 2})
    assert len(result_links(second)) == 5


def test_the_grouped_page_shows_the_first_of_each_kind_and_a_link_to_all(client, db):
    for n in range(7):
        EventFactory(title=f"防災講座{n}")
    html = client.get("/search/", {"q": "防災"}).content.decode()
    assert len(result_links_from(html)) == 5
    assert "kind=event" in html
    assert "7件" in html


def result_links_from(html: str) -> list[str]:
    return re.findall(r'class="search-result-title" href="([^"]+)"', html)


def test_the_header_has_a_labelled_search_box(client, db):
    html = client.get("/").content.decode()
    assert 'role="search"' in html
    assert '<label for="site-search-q">' in html
    assert 'action="/search/"' in html
