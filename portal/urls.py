from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from portal import views
from portal.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", admin.site.urls),
    # Resident site: sitemap and robots.txt (one for both languages).
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

# Japanese pages have no prefix; English ones live under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    # Resident site: charter, areas, co-ops, events and their feeds.
    path("charter/", views.charter, name="charter"),
    path("", include("events.urls")),
    path("areas/", include("areas.urls")),
    path("coops/", include("coops.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
