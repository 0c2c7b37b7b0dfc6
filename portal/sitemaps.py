"""The sitemap: an index (/sitemap.xml) of sections, each split into pages of `PAGE_SIZE` URLs.

/sitemap.xml lists /sitemap-<section>.xml and its further pages (?p=2, …), Django's sitemap
pagination. Every URL is listed in Japanese and English, each with its hreflang alternates.

The rule: a page costs the same whatever the number of rows. Django's i18n sitemaps build
the (item, language) pairs of a whole section in Python, for the index and for every page;
here the pairs are counted and sliced in SQL (`LanguagePairs`), and a section's latest
change is one MAX query. A page's CPU is its URLs': each item's path is reversed once, in
Japanese, and the English one is that path under /en/ (the site's i18n_patterns leave the
default language unprefixed), not reversed again for every language and alternate; and
each <url> element is written once in Python (`url_xml`), so the page's template walks
one value per URL instead of a dozen lookups and filters.

So the index runs one query per section (its rows' count, with their latest change where
they have one) and a page two (the count, its slice of rows; none per row). Only public
rows are listed: published events, and reports published of a published event.
"""

import datetime
from collections.abc import Sequence
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from areas.models import AreaGroup
from coops.models import Organization
from events.models import ActivityReport, Event

# URLs per page: each carries three alternates (ja, en, x-default), about 370 bytes, so a
# page is under 400 KB and about 80 ms of CPU, far under the protocol's 50,000 URLs and 50 MB.
PAGE_SIZE = 1000
# The template of a section's page: each <url> comes written (`url_xml`).
SECTION_TEMPLATE = "portal/sitemap_section.xml"


def url_xml(url: dict) -> str:
    """One <url> element of Django's sitemap entry (location, lastmod, changefreq, priority,
    hreflang alternates), as Django's own sitemap.xml template writes it."""
    parts = [f"<url><loc>{escape(url['location'])}</loc>"]
    lastmod = url["lastmod"]
    if lastmod:
        if isinstance(lastmod, datetime.datetime):
            lastmod = timezone.localtime(lastmod).date()
        parts.append(f"<lastmod>{lastmod.isoformat()}</lastmod>")
    if url["changefreq"]:
        parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
    if url["priority"]:
        parts.append(f"<priority>{escape(url['priority'])}</priority>")
    for alternate in url["alternates"]:
        parts.append(
            f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
            f'href="{escape(alternate["location"])}"/>'
        )
    parts.append("</url>\n")
    return mark_safe("".join(parts))


class LanguagePairs(Sequence):
    """(item, language) pairs of a queryset, items in its order, each in every language.

    What Django's Paginator needs: a count (the rows' COUNT times the languages) and a
    slice (only the rows the slice covers are read).
    """

    def __init__(self, queryset, languages):
        self.queryset = queryset
        self.languages = list(languages)
        self.rows = None  # the queryset's COUNT, once known

    def count(self) -> int:
        if self.rows is None:
            self.rows = self.queryset.count()
        return self.rows * len(self.languages)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        width = len(self.languages)
        start, stop = index.start or 0, index.stop
        if stop is None:
            stop = len(self)
        rows = self.queryset[start // width : -(-stop // width)]  # ceiling division
        pairs = [(row, language) for row in rows for language in self.languages]
        offset = start - start // width * width
        return pairs[offset : offset + stop - start]


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = PAGE_SIZE
    lastmod_field = None  # a field of the rows: its latest value dates the section

    def __init__(self):
        self._paths = {}  # item -> its Japanese path (a sitemap serves one request)

    def path(self, item) -> str:
        return item.get_absolute_url()

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            url["xml"] = url_xml(url)
        return urls

    def _location(self, item, force_lang_code=None):
        """The path of an (item, language) pair (Django's hook, which would activate each
        language in turn and reverse the path anew for every language and alternate)."""
        obj, language = item
        if obj not in self._paths:
            with translation.override(settings.LANGUAGE_CODE):
                self._paths[obj] = self.path(obj)
        language = force_lang_code or language
        path = self._paths[obj]
        return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"

    @cached_property
    def _pairs(self):
        items = self.items()
        if isinstance(items, list):
            return super()._items()
        return LanguagePairs(items, self._languages())

    def _items(self):
        return self._pairs  # the index asks twice: count the rows once

    def get_latest_lastmod(self):
        """The latest change of the section's rows, counting them in the same query."""
        if self.lastmod_field is None:
            return None
        found = self._pairs.queryset.aggregate(latest=Max(self.lastmod_field), rows=Count("pk"))
        self._pairs.rows = found["rows"]
        return found["latest"]

    def lastmod(self, item):
        return getattr(item, self.lastmod_field) if self.lastmod_field else None


class StaticSitemap(BilingualSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["home", "areas:list", "coops:list", "events:list", "charter", "opendata:index"]

    def path(self, item):
        return reverse(item)


class AreaSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return AreaGroup.objects.order_by("position", "pk").only("pk", "slug")


class OrganizationSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Organization.objects.order_by("pk").only("pk", "slug")


class EventSitemap(BilingualSitemap):
    changefreq = "weekly"
    lastmod_field = "updated_at"

    def items(self):
        return Event.objects.published().order_by("pk").only("pk", "updated_at")


class ReportSitemap(BilingualSitemap):
    """Activity reports' own pages: public ones only (published, of a published event)."""

    changefreq = "monthly"
    lastmod_field = "updated_at"

    def items(self):
        return (
            ActivityReport.objects.published().order_by("pk").only("pk", "event_id", "updated_at")
        )


SITEMAPS = {
    "pages": StaticSitemap,
    "areas": AreaSitemap,
    "coops": OrganizationSitemap,
    "events": EventSitemap,
    "reports": ReportSitemap,
}
