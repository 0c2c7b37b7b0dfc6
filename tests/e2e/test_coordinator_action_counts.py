"""How many actions a 荒川区 coordinator needs for the four tasks of their month, in a real
browser, starting each from the start page (/admin/) once signed in. Every click, typed field,
choice and file choice counts (tests/e2e/actions.py); the counts and steps are written to
artifacts/e2e/action_counts.txt for the closing note.

Targets: next year's theme with last year's members ≤ 6; a monthly café with publishing ≤ 10;
a report with two photos ≤ 10; cancelling one date ≤ 4."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from areas.models import AreaGroup, Membership, PublicationStatus, YearlyTheme
from core.fiscal_year import current_fiscal_year, fiscal_year_end, fiscal_year_start
from events.factories import EventFactory, local_datetime
from events.models import ActivityReport, Event, OccurrenceChange
from tests.conftest import make_coordinator
from tests.e2e.actions import REPORT, Actions
from tests.e2e.conftest import sign_in
from tests.imagefiles import image_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SERIES = "尾久のまちかどカフェ"


def third_saturday(year: int, month: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(5 - first.weekday()) % 7 + 14)


def third_saturdays_from(day: datetime.date):
    year, month = day.year, day.month
    while True:
        candidate = third_saturday(year, month)
        if candidate >= day:
            yield candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@pytest.fixture(scope="module", autouse=True)
def fresh_report():
    """The counts of this run only."""
    REPORT.unlink(missing_ok=True)


@pytest.fixture
def coordinator(site):
    return make_coordinator(get_user_model(), "coordinator_a", "arakawa")


@pytest.fixture
def start_page(page, site, coordinator):
    sign_in(page, site, coordinator)
    page.wait_for_url(site + "/admin/")
    return page


@pytest.fixture
def cafe_series(site):
    """荒川区's published monthly café, from this fiscal year's first third Saturday on: some
    dates are past (without reports), the rest to come."""
    first = third_saturday(fiscal_year_start(current_fiscal_year()).year, 4)
    return EventFactory(
        title=SERIES,
        area_groups=[AreaGroup.objects.get(slug="arakawa")],
        starts_at=local_datetime(first.year, first.month, first.day, 13, 30),
        ends_at=local_datetime(first.year, first.month, first.day, 15, 30),
        recurrence="monthly_weekday",
        recurrence_until=fiscal_year_end(current_fiscal_year() + 1),
        publication=PublicationStatus.PUBLISHED,
    )


def area_box(page):
    return page.locator("#start-page section.area").filter(has_text="荒川区まちづくり")


def test_this_years_theme_with_last_years_members(start_page, site):
    page, actions = start_page, Actions(start_page)
    arakawa = AreaGroup.objects.get(slug="arakawa")
    year = current_fiscal_year()
    last = YearlyTheme.objects.filter(area_group=arakawa, fiscal_year__lt=year).latest(
        "fiscal_year"
    )
    last_members = set(
        Membership.objects.filter(area_group=arakawa, fiscal_year=last.fiscal_year).values_list(
            "organization_id", flat=True
        )
    )
    assert last_members, "the demo gives 荒川区 members for its latest theme's year"

    actions.click(
        area_box(page).get_by_role("link", name="前年度からコピーして今年度のテーマを作る"),
        "前年度からコピーして今年度のテーマを作る",
    )
    page.wait_for_url("**/admin/areas/yearlytheme/add/**")
    actions.type(page.locator("input[name=headline]"), "ひとりにしない、荒川のカフェ", "見出し")
    text = "毎月のカフェで、地域の困りごとを話し合います。"
    actions.type(page.locator("textarea[name=text]"), text, "本文")
    actions.click(page.locator("input[name=_save]"), "保存")
    page.wait_for_url("**/admin/areas/yearlytheme/")
    actions.record("今年度のテーマ（前年度の参加団体つき）", target=6)

    theme = YearlyTheme.objects.get(area_group=arakawa, fiscal_year=year)
    assert theme.headline == "ひとりにしない、荒川のカフェ"
    members = set(
        Membership.objects.filter(area_group=arakawa, fiscal_year=year).values_list(
            "organization_id", flat=True
        )
    )
    assert members == last_members
    assert actions.count <= 6, actions.log


def test_a_monthly_cafe_with_publishing(start_page, site):
    page, actions = start_page, Actions(start_page)
    first = next(third_saturdays_from(timezone.localdate() + datetime.timedelta(days=1)))

    new_event = area_box(page).get_by_role("link", name="新しい活動を登録する")
    actions.click(new_event, "新しい活動を登録する")
    page.wait_for_url("**/admin/events/event/add/")
    actions.type(page.locator("input[name=title]"), "荒川ふれあいカフェ", "名称")
    actions.choose(page.locator("select[name=kind]"), "cafe", "種類: カフェ・居場所")
    actions.type(page.locator("input[name=starts_at_0]"), f"{first:%Y/%m/%d}", "開始日")
    actions.type(page.locator("input[name=starts_at_1]"), "13時30分", "開始時刻")
    actions.type(page.locator("input[name=ends_at_1]"), "15:30", "終了時刻")
    actions.choose(page.locator("select[name=recurrence]"), "monthly_weekday", "毎月（第◯◯曜日）")
    actions.choose(page.locator("select[name=publication]"), "published", "公開状況: 公開")
    actions.click(page.locator("input[name=_continue]"), "保存して編集を続ける")
    page.wait_for_url("**/admin/events/event/*/change/")
    actions.record("月1回のカフェを登録して公開", target=10)

    # The repeat rule, in words, says which week and weekday were understood.
    assert "毎月第3土曜日" in page.locator(".field-recurrence_summary").inner_text()
    cafe = Event.objects.get(title="荒川ふれあいカフェ")
    assert cafe.publication == PublicationStatus.PUBLISHED
    assert list(cafe.area_groups.values_list("slug", flat=True)) == ["arakawa"]
    assert cafe.recurrence_until == fiscal_year_end(current_fiscal_year())
    assert timezone.localtime(cafe.ends_at).date() == first  # the end's day, from the start
    visitor = page.context.new_page()
    visitor.goto(f"{site}/events/{cafe.pk}/")
    assert "毎月第3土曜日" in visitor.locator("main").inner_text()
    assert actions.count <= 10, actions.log


def test_a_report_with_two_photos(start_page, site, cafe_series, tmp_path):
    page, actions = start_page, Actions(start_page)
    photos = []
    for name in ["talk.jpg", "tea.jpg"]:
        path = tmp_path / name
        path.write_bytes(image_bytes("JPEG", size=(1200, 900)))
        photos.append(path)

    page.reload()
    row = area_box(page).locator("ul.reports li").filter(has_text=SERIES).first
    actions.click(row.get_by_role("link", name="報告を書く"), "報告を書く")
    page.wait_for_url("**/admin/events/activityreport/add/**")
    actions.type(page.locator("input[name=participants]"), "12", "参加者数")
    actions.type(page.locator("textarea[name=summary]"), "近所の方と防災の話をしました。", "報告")
    actions.pick_files(page.get_by_label("写真を選ぶ（まとめて選べます）"), photos, "写真2枚")
    descriptions = page.locator("input[name=new_photo_alt]")
    actions.type(descriptions.nth(0), "テーブルを囲んで話す参加者", "写真1の説明")
    actions.type(descriptions.nth(1), "お茶とお菓子の並ぶテーブル", "写真2の説明")
    actions.choose(page.locator("select[name=publication]"), "published", "公開状況: 公開")
    actions.click(page.locator("input[name=_save]"), "保存")
    page.wait_for_url("**/admin/events/activityreport/")
    actions.record("写真2枚つきの実施報告", target=10)

    report = ActivityReport.objects.get(event=cafe_series)
    assert report.publication == PublicationStatus.PUBLISHED
    assert sorted(report.photos.values_list("alt_text", flat=True)) == sorted(
        ["テーブルを囲んで話す参加者", "お茶とお菓子の並ぶテーブル"]
    )
    assert actions.count <= 10, actions.log


def test_cancelling_one_date(start_page, site, cafe_series):
    page, actions = start_page, Actions(start_page)
    upcoming = [o.date for o in cafe_series.occurrences() if o.ends_at >= timezone.now()]
    cancelled = upcoming[1]

    page.reload()
    row = area_box(page).locator("ul.upcoming li").filter(has_text=SERIES).first
    actions.click(row.get_by_role("link", name="編集する"), "編集する")
    page.wait_for_url(f"**/admin/events/event/{cafe_series.pk}/change/")
    actions.choose(
        page.locator("select[name='occurrence_changes-0-original_date']"),
        cancelled.isoformat(),
        "対象の開催日",
    )
    actions.type(
        page.locator("input[name='occurrence_changes-0-note']"), "会場の点検のため", "理由"
    )
    actions.click(page.locator("input[name=_continue]"), "保存して編集を続ける")
    page.wait_for_url(f"**/admin/events/event/{cafe_series.pk}/change/")
    actions.record("1回だけ中止", target=4)

    change = OccurrenceChange.objects.get(event=cafe_series)
    assert (change.original_date, change.action) == (cancelled, "cancelled")
    visitor = page.context.new_page()
    visitor.goto(f"{site}/events/{cafe_series.pk}/")
    assert "会場の点検のため" in visitor.locator("main").inner_text()
    assert actions.count <= 4, actions.log
