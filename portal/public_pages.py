"""The public page types, in one place, for the benchmark and the browser tests.

bench/run measures each page here, tests/portal/test_query_counts.py pins each page's SQL
count, and the accessibility tests (tests/e2e/) check each HTML one, in Japanese and
English. A page whose URL the site does not serve yet is left out with a note, so adding
a page is one line here.

Placeholders are filled from the data by `sample_values()`:

- `{area}`: the demo's 荒川区 group; `{plan_area}`: the demo's 川口市 group with its
  わたまちプラン (portal/demo/watamachi.py, its words in watamachi_data.py);
- `{coop}`: コープみらい; `{event}`: the first published event;
- `{year}`: the booklet's fiscal year (published by `publish_sample_year()`);
- `{month}`: `yyyy/mm`, the month of `{event}`, for the month calendar;
- `{report_event}`/`{activity_report}`: the first public activity report and its event.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

SAMPLE_YEAR = 2023
SAMPLE_AREA = "arakawa"
SAMPLE_PLAN_AREA = "kawaguchi-watamachi"
SAMPLE_COOP = "coop-mirai"

# Values that make every path resolvable, for `exists()` (no database needed).
_SHAPE_VALUES = {
    "area": SAMPLE_AREA,
    "plan_area": SAMPLE_PLAN_AREA,
    "coop": SAMPLE_COOP,
    "event": 1,
    "year": SAMPLE_YEAR,
    "month": "2023/04",
    "report_event": 1,
    "activity_report": 1,
}


@dataclass(frozen=True)
class PublicPage:
    name: str
    path: str  # may contain the placeholders above
    html: bool = True  # False for feeds and downloads (no accessibility check)
    status: int = 200  # the friendly 404 page answers 404
    localized: bool = True  # False for the sitemap of both languages (no /en/ copy)

    def url(self, values: dict) -> str:
        return self.path.format(**values)

    def exists(self) -> bool:
        """Whether the site serves this URL pattern (no database needed)."""
        path = self.url(_SHAPE_VALUES).split("?")[0]
        # The unprefixed path is the Japanese page, whatever language is active now.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                resolve(path)
            except Resolver404:
                return False
        return True


PUBLIC_PAGES = [
    PublicPage("home", "/"),
    PublicPage("areas", "/areas/"),
    # A page of the area list narrowed by network and status (issue 17).
    PublicPage("areas_page", "/areas/?network=tokyo&status=active&page=2"),
    PublicPage("area", "/areas/{area}/"),
    PublicPage("area_year", "/areas/{area}/{year}/"),
    PublicPage("coops", "/coops/"),
    PublicPage("coops_kind", "/coops/?kind=social_welfare_council"),
    PublicPage("coop", "/coops/{coop}/"),
    PublicPage("charter", "/charter/"),
    PublicPage("events", "/events/?kind=cafe&area={area}"),
    PublicPage("calendar", "/events/calendar/{month}/"),
    PublicPage("event", "/events/{event}/"),
    PublicPage("activity_report", "/events/{report_event}/reports/{activity_report}/"),
    PublicPage("plans", "/plans/"),
    PublicPage("area_plan", "/areas/{plan_area}/plan/"),
    PublicPage("reports", "/reports/"),
    PublicPage("report", "/reports/{year}/"),
    PublicPage("open_data", "/open-data/"),
    PublicPage("search", "/search/?q=ぼうさい"),
    PublicPage("not_found", "/areas/no-such-area/", status=404),
    # Help in plain words (issue 16): subscribing in a calendar app, reading the feed.
    PublicPage("calendar_help", "/help/calendar/?area={area}"),
    PublicPage("feeds_help", "/help/feeds/"),
    PublicPage("ical", "/events.ics", html=False),
    PublicPage("area_ical", "/areas/{area}/events.ics", html=False),
    PublicPage("atom", "/feed.atom", html=False),
    PublicPage("open_data_zip", "/open-data/machizukuri-open-data.zip", html=False),
    PublicPage("sitemap", "/sitemap.xml", html=False, localized=False),
    # A page of the sitemap index (issue 17): the events section's first.
    PublicPage("sitemap_events", "/sitemap-events.xml", html=False, localized=False),
]


def sample_values() -> dict:
    """Values for the placeholders, read from the database (demo data loaded)."""
    from django.utils import timezone

    from events.models import ActivityReport, Event

    event = Event.objects.published().order_by("pk").only("pk", "starts_at").first()
    month = timezone.localtime(event.starts_at) if event else None
    report = ActivityReport.objects.published().order_by("pk").only("pk", "event_id").first()
    return {
        **_SHAPE_VALUES,
        "event": event.pk if event else 1,
        "month": f"{month:%Y/%m}" if month else _SHAPE_VALUES["month"],
        "report_event": report.event_id if report else 1,
        "activity_report": report.pk if report else 1,
    }


def publish_sample_year() -> None:
    """Publish the sample year's report (the public sees a year's report once published),
    freezing it as it stands after the data was loaded or generated."""
    from booklet.services import publish

    publish(SAMPLE_YEAR, user=None)


def existing_pages(html_only: bool = False) -> tuple[list[PublicPage], list[PublicPage]]:
    """(pages the site serves, pages it does not serve yet)."""
    pages = [p for p in PUBLIC_PAGES if p.html or not html_only]
    return [p for p in pages if p.exists()], [p for p in pages if not p.exists()]
