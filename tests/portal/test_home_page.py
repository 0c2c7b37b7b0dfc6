import datetime
import re

import pytest
from django.utils import timezone

from areas.factories import CommonThemeFactory
from areas.models import AreaGroup, CommonTheme
from core.fiscal_year import current_fiscal_year
from events.factories import EventFactory
from events.models import Event, Recurrence

pytestmark = pytest.mark.django_db


def test_home_leads_with_the_philosophy_and_purpose_in_japanese(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "本文へ移動" in html
    assert html.index("ひとりぼっちにしないまちづくり") < html.index("これからの活動・イベント")
    assert "くらし続けられる「まち」をつくる" in html
    assert "荒川区まちづくり" in html


def test_home_shows_this_years_common_theme_with_its_year(client, demo):
    html = client.get("/").content.decode()
    year = current_fiscal_year()
    assert f"{year}年度の共通テーマ" in html
    assert "生活困窮者支援" in html


def test_home_falls_back_to_the_latest_year_with_a_common_theme(client, db):
    CommonTheme.objects.all().delete()
    CommonThemeFactory(fiscal_year=2021, name="古い共通テーマ")
    CommonThemeFactory(fiscal_year=2022, name="防災と見守り")
    html = client.get("/").content.decode()
    assert "2022年度の共通テーマ" in html
    assert "防災と見守り" in html
    assert "古い共通テーマ" not in html


def test_home_links_to_every_area_group(client, demo):
    html = client.get("/").content.decode()
    for group in AreaGroup.objects.all():
        assert f'href="/areas/{group.slug}/"' in html


def test_home_lists_each_upcoming_occurrence_of_a_weekly_event(client, db):
    start = timezone.localtime() + datetime.timedelta(days=1)
    start = start.replace(hour=10, minute=0, second=0, microsecond=0)
    EventFactory(
        title="毎週のお茶会",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        recurrence=Recurrence.WEEKLY,
        recurrence_until=(start + datetime.timedelta(days=30)).date(),
    )
    html = client.get("/").content.decode()
    assert html.count("毎週のお茶会") >= 4


def test_home_never_shows_drafts_upcoming_or_reported(client, area_rows):
    start = timezone.now() + datetime.timedelta(days=2)
    EventFactory(title="下書きの活動", starts_at=start, publication="draft")
    html = client.get("/").content.decode()
    assert "下書きの活動" not in html
    # area_rows' draft events carry a report each: published, it would be listed.
    for slug in ["arakawa", "kita"]:
        assert area_rows[slug]["event"].title not in html
        assert area_rows[slug]["yearlytheme"].headline not in html


def test_home_shows_the_latest_activity_reports(client, demo):
    html = client.get("/").content.decode()
    assert "最近の実施報告" in html
    assert re.search(r'href="/events/\d+/reports/\d+/"', html)  # each report's own page


def test_english_lives_under_en(client, demo):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert "本文へ移動" not in html
    assert "Upcoming activities and events" in html
    assert 'href="/en/areas/arakawa/"' in html


def test_the_language_switcher_links_to_the_same_page_in_the_other_language(client, demo):
    ja = client.get("/").content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in ja
    en = client.get("/en/").content.decode()
    assert '<a href="/" hreflang="ja" lang="ja">日本語</a>' in en
    assert '<span aria-current="true">English</span>' in en


def test_an_english_browser_still_gets_japanese_at_the_root(client, demo):
    response = client.get("/", headers={"accept-language": "en"})
    assert '<html lang="ja">' in response.content.decode()


def test_home_query_count_is_fixed(client, bulk, django_assert_max_num_queries):
    # Far more groups and events than the page lists: one query per row would show.
    assert AreaGroup.objects.count() > 60 and Event.objects.count() > 300
    with django_assert_max_num_queries(10):
        assert client.get("/").status_code == 200
