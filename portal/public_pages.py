"""The public page types, in one place, for the benchmark and the browser tests.

bench/run measures each page here and the accessibility tests (tests/e2e/) check each
HTML one, in Japanese and English. A page whose URL the site does not serve yet is left
out with a note, so adding a page is one line here, and a page that lands later under
the path below is picked up with no change at all.

Paths follow the public-pages spec; `{area}`, `{event}` and `{year}` are filled from
the data (the demo's 荒川区 group, a published event, the booklet's year).
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation


@dataclass(frozen=True)
class PublicPage:
    name: str
    path: str  # may contain {area}, {event}, {year}
    html: bool = True  # False for feeds and downloads (no accessibility check)

    def url(self, values: dict) -> str:
        return self.path.format(**values)

    def exists(self) -> bool:
        """Whether the site serves this URL pattern (no database needed)."""
        path = self.url({"area": "arakawa", "event": 1, "year": 2023}).split("?")[0]
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
    PublicPage("area", "/areas/{area}/"),
    PublicPage("events", "/events/?kind=cafe&area={area}"),
    PublicPage("event", "/events/{event}/"),
    PublicPage("ical", "/events.ics", html=False),
    PublicPage("report", "/reports/{year}/"),
    PublicPage("charter", "/charter/"),
    PublicPage("coops", "/coops/"),
]


def sample_values() -> dict:
    """Values for the placeholders, read from the database (demo data loaded)."""
    from events.models import Event

    event = Event.objects.published().order_by("pk").values_list("pk", flat=True).first()
    return {"area": "arakawa", "event": event or 1, "year": SAMPLE_YEAR}


SAMPLE_YEAR = 2023


def publish_sample_year() -> None:
    """Publish the sample year's report (the public sees a year's report once published),
    freezing it as it stands after the data was loaded or generated."""
    from portal.reports.services import publish

    publish(SAMPLE_YEAR, user=None)


def existing_pages(html_only: bool = False) -> tuple[list[PublicPage], list[PublicPage]]:
    """(pages the site serves, pages it does not serve yet)."""
    pages = [p for p in PUBLIC_PAGES if p.html or not html_only]
    return [p for p in pages if p.exists()], [p for p in pages if not p.exists()]
