"""The open-data ZIP: a CSV (UTF-8 with BOM, CRLF) and a JSON per dataset, and a README that
names every file and field; the counts are those of the public rows."""

import datetime

import pytest
from django.utils import timezone

from areas.models import AreaGroup, Membership, Municipality, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event, OccurrenceChange
from opendata.datasets import DATASETS, occurrence_window

pytestmark = pytest.mark.django_db


def test_the_zip_holds_a_csv_and_a_json_per_dataset_and_a_readme(demo, download):
    data = download()
    expected = {f"{d.name}.{ext}" for d in DATASETS for ext in ("csv", "json")} | {"README.md"}
    assert set(data.names()) == expected


def test_every_csv_starts_with_the_bom_uses_crlf_and_its_header_is_in_the_readme(demo, download):
    data = download()
    readme = data.text("README.md")
    for dataset in DATASETS:
        raw = data.raw(f"{dataset.name}.csv")
        assert raw.startswith(b"\xef\xbb\xbf"), dataset.name
        rows = data.csv_rows(dataset.name)
        # Records end with CRLF; a line break inside a quoted cell is a bare LF.
        assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(rows), dataset.name
        assert rows[0] == dataset.header
        assert all(len(row) == len(dataset.header) for row in rows), dataset.name
        assert f"### {dataset.name}.csv / {dataset.name}.json" in readme
        for field in dataset.header:
            assert f"| `{field}` |" in readme, (dataset.name, field)


def test_every_json_parses_as_utf8_with_the_licence_and_rows_of_the_same_fields(demo, download):
    data = download()
    for dataset in DATASETS:
        document = data.json(dataset.name)
        assert document["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/deed.ja"
        assert document["count"] == len(document["rows"])
        assert all(list(row) == dataset.header for row in document["rows"])
    assert "荒川区" in data.raw("municipalities.json").decode("utf-8")  # not \\u escapes


def test_the_readme_is_japanese_first_then_english_with_licence_and_generation_time(demo, download):
    readme = download().text("README.md")
    japanese, english = readme.split("\n---\n")
    assert "クリエイティブ・コモンズ 表示 4.0 国際" in japanese
    assert "出典" in japanese and "生成日時" in japanese
    assert "Creative Commons Attribution 4.0 International" in english
    assert "Generated:" in english and "ISO 8601" in english


def test_the_counts_are_those_of_the_public_rows(demo, download):
    data = download()
    expected = {
        "municipalities": Municipality.objects.count(),
        "area_groups": AreaGroup.objects.count(),
        "yearly_themes": YearlyTheme.objects.published().count(),
        "organizations": Organization.objects.count(),
        "memberships": Membership.objects.count(),
        "events": Event.objects.published().count(),
        "activity_reports": ActivityReport.objects.published().count(),
    }
    for name, count in expected.items():
        assert count > 0, name
        assert len(data.csv_rows(name)) - 1 == count, name
        assert data.json(name)["count"] == count, name


def test_dates_are_iso_8601_and_lists_are_arrays_in_json_and_joined_in_csv(demo, download):
    data = download()
    event = data.json("events")["rows"][0]
    assert event["starts_at"][:10].count("-") == 2 and event["starts_at"].endswith("+09:00")
    assert isinstance(event["area_groups"], list)
    header, first = data.csv_rows("events")[:2]
    assert first[header.index("area_groups")] == ";".join(event["area_groups"])
    occurrences = data.json("event_occurrences")["rows"]
    assert occurrences and all(len(o["date"]) == 10 for o in occurrences)
    assert all(isinstance(o["cancelled"], bool) for o in occurrences)
    assert all(o["moved"] == (o["moved_from"] is not None) for o in occurrences)


def test_a_title_that_looks_like_a_formula_is_quoted_in_the_csv(demo, download):
    event = Event.objects.published().first()
    event.title = '=HYPERLINK("http://evil.example")'
    event.save()
    data = download()
    header, *rows = data.csv_rows("events")
    titles = [row[header.index("title")] for row in rows]
    assert "'" + event.title in titles
    json_titles = [row["title"] for row in data.json("events")["rows"]]
    assert event.title in json_titles  # JSON is data, not a spreadsheet


def test_a_series_dates_are_listed_in_the_window_with_the_cancelled_and_moved_ones(demo, download):
    start, end = occurrence_window()
    series = Event.objects.published().exclude(recurrence="").order_by("pk").first()
    first, second = (o.starts_at for o in series.occurrences_between(start, end)[:2])
    cancelled_day = timezone.localtime(first).date()
    moved_day = timezone.localtime(second).date()
    OccurrenceChange.objects.create(
        event=series, original_date=cancelled_day, action="cancelled", note="台風のため中止"
    )
    OccurrenceChange.objects.create(
        event=series,
        original_date=moved_day,
        action="moved",
        starts_at=second + datetime.timedelta(days=1),
        ends_at=second + datetime.timedelta(days=1, hours=2),
        note="会場の都合で翌日に",
    )
    rows = [r for r in download().json("event_occurrences")["rows"] if r["event_id"] == series.pk]
    by_date = {r["date"]: r for r in rows}
    assert by_date[cancelled_day.isoformat()]["cancelled"] is True
    assert by_date[cancelled_day.isoformat()]["note"] == "台風のため中止"
    moved = by_date[(moved_day + datetime.timedelta(days=1)).isoformat()]
    assert moved["moved"] is True and moved["moved_from"] == moved_day.isoformat()
    window = (timezone.localtime(start).date().isoformat(), timezone.localtime(end).date())
    assert all(window[0] <= r["date"] < window[1].isoformat() for r in rows)
    expected = len(series.occurrences_between(start, end))
    assert len(rows) == expected
