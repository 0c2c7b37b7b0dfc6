"""The open datasets: which public rows each file holds, and what each field means.

Only what the public pages show, read through the same public querysets: published themes
(`YearlyTheme.objects.published()`), published events (`Event.objects.published()`), public
reports (`ActivityReport.objects.published()`: the report and its event both published).
Nothing is read from a model holding personal data (core/personal_data.py).

Values are machine-friendly: stable ids (primary keys and slugs, the same as in the site's
URLs), dates and times in ISO 8601 (times in Japan time, with their +09:00 offset), booleans,
codes rather than labels (the README lists the codes). Lists are JSON arrays; in CSV their
items are joined by ";".

A series' occurrences are listed over a bounded window, the previous and the current fiscal
year (`occurrence_window`); an event that does not repeat has its one occurrence whenever it is.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from areas.models import AreaGroup, Membership, Municipality, YearlyTheme
from coops.models import Organization
from core.fiscal_year import current_fiscal_year, fiscal_year_bounds, fiscal_year_of
from events.models import ActivityReport, Event


@dataclass(frozen=True)
class Field:
    name: str  # the CSV header and JSON key, snake_case
    ja: str  # its meaning, in Japanese (the page and the README)
    en: str  # its meaning, in English (the README's English part)


@dataclass(frozen=True)
class Dataset:
    name: str  # the file name without .csv / .json
    ja: str
    en: str
    fields: tuple[Field, ...]
    rows: Callable[[], Iterable[tuple]]

    @property
    def header(self) -> list[str]:
        return [field.name for field in self.fields]


def occurrence_window() -> tuple[datetime.datetime, datetime.datetime]:
    """From the start of the previous fiscal year to the end of the current one."""
    year = current_fiscal_year()
    return fiscal_year_bounds(year - 1)[0], fiscal_year_bounds(year)[1]


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def _url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _decimal(value) -> float | None:
    return None if value is None else float(value)


def _municipalities():
    for m in Municipality.objects.order_by("code"):
        yield (m.code, m.name, m.kana, m.name_en, m.kind, m.prefecture)


def _area_groups():
    groups = AreaGroup.objects.select_related("municipality", "network").order_by("pk")
    for g in groups:
        yield (
            g.pk,
            g.slug,
            g.name,
            g.municipality.code,
            g.municipality.name,
            g.network.slug,
            g.network.name,
            g.status,
            _url(g.get_absolute_url()),
        )


def _yearly_themes():
    themes = (
        YearlyTheme.objects.published()
        .select_related("area_group")
        .prefetch_related("goals", "common_themes")
        .order_by("fiscal_year", "area_group_id")
    )
    for t in themes:
        yield (
            t.pk,
            t.area_group_id,
            t.area_group.slug,
            t.fiscal_year,
            t.headline,
            t.text,
            sorted(goal.number for goal in t.goals.all()),
            [theme.name for theme in t.common_themes.all()],
            _url(f"{t.area_group.get_absolute_url()}{t.fiscal_year}/"),
        )


def _organizations():
    for o in Organization.objects.order_by("pk"):
        yield (
            o.pk,
            o.slug,
            o.name,
            o.formal_name,
            o.kind,
            o.is_member_coop,
            o.website,
            _url(o.get_absolute_url()),
        )


def _memberships():
    memberships = Membership.objects.select_related("area_group", "organization").order_by(
        "fiscal_year", "area_group_id", "position", "pk"
    )
    for m in memberships:
        yield (
            m.area_group_id,
            m.area_group.slug,
            m.organization_id,
            m.organization.slug,
            m.fiscal_year,
            m.role,
        )


def _public_events():
    return (
        Event.objects.published()
        .with_change_flag()
        .select_related("venue__municipality")
        .prefetch_related(
            Prefetch("area_groups", queryset=AreaGroup.objects.only("slug")),
            Prefetch("organizers", queryset=Organization.objects.only("slug")),
            "occurrence_changes",
        )
        .order_by("pk")
    )


def _events():
    for e in _public_events():
        venue = e.venue
        yield (
            e.pk,
            e.title,
            e.kind,
            e.status,
            [g.slug for g in e.area_groups.all()],
            [o.slug for o in e.organizers.all()],
            _iso(e.starts_at),
            _iso(e.ends_at),
            e.recurrence,
            _iso(e.recurrence_until),
            venue.name if venue else "",
            venue.address if venue else "",
            venue.municipality.code if venue and venue.municipality else "",
            _decimal(venue.latitude) if venue else None,
            _decimal(venue.longitude) if venue else None,
            bool(e.online_url),
            e.capacity,
            e.fee,
            e.description,
            _url(e.get_absolute_url()),
        )


def _occurrences():
    start, end = occurrence_window()
    for e in _public_events():
        found = e.occurrences() if not e.is_recurring else e.occurrences_between(start, end)
        for o in found:
            yield (
                e.pk,
                _iso(o.date),
                _iso(o.starts_at),
                _iso(o.ends_at),
                o.cancelled or e.is_cancelled,
                e.is_postponed,
                o.moved_from is not None,
                _iso(o.moved_from),
                o.note,
            )


def _activity_reports():
    reports = ActivityReport.objects.published().select_related("event").order_by("held_on", "pk")
    for r in reports:
        yield (
            r.pk,
            r.event_id,
            r.event.title,
            _iso(r.held_on),
            fiscal_year_of(r.held_on),
            r.participants,
            _url(r.get_absolute_url()),
        )


F = Field
DATASETS = (
    Dataset(
        "municipalities",
        _("自治体（区市町村）"),
        "Municipalities",
        (
            F("code", _("全国地方公共団体コード（5桁）"), "Local government code (5 digits)"),
            F("name", _("名称"), "Name in Japanese"),
            F("kana", _("よみがな"), "Reading in hiragana"),
            F("name_en", _("英語名"), "Name in English"),
            F("kind", _("区分（区・市・町・村）"), "Kind: 区 ward, 市 city, 町 town, 村 village"),
            F("prefecture", _("都道府県"), "Prefecture"),
        ),
        _municipalities,
    ),
    Dataset(
        "area_groups",
        _("まちづくりグループ（自治体ごと）"),
        "Area groups (one per municipality)",
        (
            F("id", _("グループの番号"), "Group id"),
            F("slug", _("グループのURL用の名前（固定）"), "Group slug (stable, as in its URL)"),
            F("name", _("グループ名"), "Group name"),
            F("municipality_code", _("自治体コード"), "Municipality code"),
            F("municipality_name", _("自治体名"), "Municipality name"),
            F("network_slug", _("連絡会のURL用の名前"), "Network slug"),
            F("network_name", _("連絡会の名称"), "Network name"),
            F(
                "status",
                _("状況（active 活動中、promoting 設置推進、paused 休止）"),
                "Status: active, promoting (being set up), paused",
            ),
            F("url", _("サイトのページ"), "Page on the site"),
        ),
        _area_groups,
    ),
    Dataset(
        "yearly_themes",
        _("取り組みテーマ（グループ・年度ごと、公開分のみ）"),
        "Yearly themes (per group and fiscal year, published only)",
        (
            F("id", _("テーマの番号"), "Theme id"),
            F("area_group_id", _("グループの番号"), "Group id"),
            F("area_group_slug", _("グループのURL用の名前"), "Group slug"),
            F(
                "fiscal_year",
                _("年度（4月〜翌年3月。2023は2023年度）"),
                "Fiscal year (April to March; 2023 = April 2023 to March 2024)",
            ),
            F("headline", _("見出し"), "Headline"),
            F("text", _("本文"), "Text"),
            F("goal_numbers", _("目標の番号"), "Numbers of the goals (charter) it serves"),
            F("common_themes", _("共通テーマ"), "Common themes"),
            F("url", _("サイトのページ"), "Page on the site"),
        ),
        _yearly_themes,
    ),
    Dataset(
        "organizations",
        _("生協・団体"),
        "Organizations (co-ops and partners)",
        (
            F("id", _("団体の番号"), "Organization id"),
            F("slug", _("団体のURL用の名前（固定）"), "Organization slug (stable)"),
            F("name", _("呼び名"), "Short name"),
            F("formal_name", _("正式名称"), "Formal name"),
            F("kind", _("種別（コードはREADMEに）"), "Kind (codes in the README)"),
            F("is_member_coop", _("会員生協か（true/false）"), "Member co-op (true) or partner"),
            F("website", _("ウェブサイト"), "Website"),
            F("url", _("サイトのページ"), "Page on the site"),
        ),
        _organizations,
    ),
    Dataset(
        "memberships",
        _("グループに参加する団体（年度ごと）"),
        "Memberships of organizations in area groups (per fiscal year)",
        (
            F("area_group_id", _("グループの番号"), "Group id"),
            F("area_group_slug", _("グループのURL用の名前"), "Group slug"),
            F("organization_id", _("団体の番号"), "Organization id"),
            F("organization_slug", _("団体のURL用の名前"), "Organization slug"),
            F("fiscal_year", _("年度"), "Fiscal year"),
            F(
                "role",
                _("役割（member 会員生協、partner 連携団体）"),
                "Role: member (co-op) or partner",
            ),
        ),
        _memberships,
    ),
    Dataset(
        "events",
        _("活動・イベント（公開分のみ）"),
        "Events (published only)",
        (
            F("id", _("活動の番号（固定）"), "Event id (stable, as in its URL)"),
            F("title", _("名称"), "Title"),
            F("kind", _("種類（コードはREADMEに）"), "Kind (codes in the README)"),
            F(
                "status",
                _("開催状況（scheduled 予定、cancelled 中止、postponed 延期）"),
                "Status: scheduled, cancelled, postponed",
            ),
            F("area_groups", _("グループのURL用の名前"), "Slugs of its area groups"),
            F("organizers", _("主催・共催団体のURL用の名前"), "Slugs of its organizers"),
            F("starts_at", _("（初回の）開始日時"), "Start (of the first date), ISO 8601"),
            F("ends_at", _("（初回の）終了日時"), "End (of the first date), ISO 8601"),
            F(
                "recurrence",
                _("繰り返し（空、weekly、monthly_date、monthly_weekday）"),
                "Repeats: empty (no), weekly, monthly_date, monthly_weekday",
            ),
            F("recurrence_until", _("繰り返しの終了日"), "Last day of the series"),
            F("venue_name", _("会場名"), "Venue"),
            F("venue_address", _("会場の住所"), "Venue address"),
            F("venue_municipality_code", _("会場の自治体コード"), "Venue's municipality code"),
            F("venue_latitude", _("会場の緯度（度）"), "Venue latitude (degrees)"),
            F("venue_longitude", _("会場の経度（度）"), "Venue longitude (degrees)"),
            F("online", _("オンライン参加できるか"), "Can be joined online (true/false)"),
            F("capacity", _("定員（1回あたり、人）"), "Places per date (people); empty: no limit"),
            F("fee", _("参加費"), "Fee (as written)"),
            F("description", _("内容"), "Description"),
            F("url", _("サイトのページ"), "Page on the site"),
        ),
        _events,
    ),
    Dataset(
        "event_occurrences",
        _("活動の開催日（前年度と今年度）"),
        "Event dates (previous and current fiscal year for a series)",
        (
            F("event_id", _("活動の番号"), "Event id"),
            F("date", _("開催日"), "Date, ISO 8601"),
            F("starts_at", _("開始日時"), "Start, ISO 8601"),
            F("ends_at", _("終了日時"), "End, ISO 8601"),
            F(
                "cancelled",
                _("中止か（この日だけ、または活動ごと）"),
                "Cancelled (this date, or the whole event)",
            ),
            F("postponed", _("活動が延期されたか"), "The event is postponed"),
            F("moved", _("日程を変更した日か"), "Moved from another date (true/false)"),
            F("moved_from", _("日程変更前の日（変更した日だけ）"), "Original date, if moved"),
            F("note", _("中止・変更の理由"), "Reason for a cancellation or move"),
        ),
        _occurrences,
    ),
    Dataset(
        "activity_reports",
        _("実施報告の数字（公開分のみ）"),
        "Activity report figures (published only)",
        (
            F("id", _("報告の番号"), "Report id"),
            F("event_id", _("活動の番号"), "Event id"),
            F("event_title", _("活動の名称"), "Event title"),
            F("held_on", _("実施日"), "Date held, ISO 8601"),
            F("fiscal_year", _("年度"), "Fiscal year"),
            F("participants", _("参加者数（人）"), "Participants (people)"),
            F("url", _("サイトのページ"), "Page on the site"),
        ),
        _activity_reports,
    ),
)
