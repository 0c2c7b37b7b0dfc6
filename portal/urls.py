from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import index, sitemap
from django.urls import include, path, re_path

from portal import guide, health, media, og_views, privacy, views
from portal.sitemaps import SECTION_TEMPLATE, SITEMAPS

# --- Staff sign-in (allauth, two-factor), invitations and draft previews (issue 4) ---
# The admin's login goes through allauth (rate limits, two-factor); set before admin URLs.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    # The coordinators' guide (ヘルプ), in the admin's layout for staff only; before the admin's
    # own patterns, whose catch-all would answer first.
    path("admin/help/", admin.site.admin_view(guide.coordinator_guide), name="guide"),
    path("admin/", admin.site.urls),
    # Resident site: sitemap and robots.txt (one for both languages). /sitemap.xml is the
    # index of the sections' pages (/sitemap-<section>.xml?p=N); robots.txt names the index.
    path(
        "sitemap.xml",
        index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": SECTION_TEMPLATE},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # The benchmark's ceiling: 404 unless DJANGO_BENCH_CEILING is on (bench/run).
    path("bench/ceiling/", views.bench_ceiling, name="bench-ceiling"),
]

# Production (issue 7): load-balancer probes, outside the language prefixes.
urlpatterns += [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("portal.staff_urls")),
    prefix_default_language=False,
)

# Japanese pages have no prefix; English ones live under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    # Yearly report (issue 5): the booklet, its PDF and figures, the staff dashboard.
    path("reports/", include("booklet.urls")),
    # わたまちプラン (issue 6): all plans, and one area's plan with its process.
    path("", include("plans.urls")),
    # Resident site: charter, areas, co-ops, events and their feeds.
    path("charter/", views.charter, name="charter"),
    path("privacy/", privacy.privacy, name="privacy"),
    # Share cards (issue 16): og:image of pages without a photo, and the site's own.
    path("og/site.png", og_views.og_site_card, name="og_site_card"),
    path("og/<slug:kind>/<int:pk>.png", og_views.og_card, name="og_card"),
    path("", include("events.urls")),
    # Sign-ups (issue 15): an event's form, and a sign-up's private page.
    path("", include("signups.urls")),
    # Residents follow areas by email (issue 15): double opt-in, weekly digest.
    path("follow/", include("follows.urls")),
    path("areas/", include("areas.urls")),
    # Residents ask an area group (issue 15): /areas/<slug>/contact/.
    path("areas/", include("inquiries.urls")),
    path("coops/", include("coops.urls")),
    # Open data (issue 16): the page and its ZIP of CSV and JSON.
    path("open-data/", include("opendata.urls")),
    # Site search (issue 16): every public thing, with Japanese readings.
    path("search/", include("search.urls")),
    prefix_default_language=False,
)

# Production (issue 7): uploaded files from the filesystem, never served as HTML
# (portal/media.py). With object storage (AWS_STORAGE_BUCKET_NAME) the bucket serves them.
if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")),
            media.serve_media,
            name="media",
        ),
    ]

# The 500 page shows the request id and never touches the database.
handler500 = "portal.errors.server_error"
