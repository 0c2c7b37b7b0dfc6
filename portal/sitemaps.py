"""sitemap.xml: every public page, in Japanese and English (with hreflang alternates)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from areas.models import AreaGroup
from coops.models import Organization
from events.models import ActivityReport, Event


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticSitemap(BilingualSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["home", "areas:list", "coops:list", "events:list", "charter", "opendata:index"]

    def location(self, item):
        return reverse(item)


class AreaSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return AreaGroup.objects.order_by("position", "pk")


class OrganizationSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Organization.objects.order_by("pk")


class EventSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.published().order_by("pk").only("pk", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class ReportSitemap(BilingualSitemap):
    """Activity reports' own pages: public ones only (published, of a published event)."""

    changefreq = "monthly"

    def items(self):
        return (
            ActivityReport.objects.published().order_by("pk").only("pk", "event_id", "updated_at")
        )

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "pages": StaticSitemap,
    "areas": AreaSitemap,
    "coops": OrganizationSitemap,
    "events": EventSitemap,
    "reports": ReportSitemap,
}
