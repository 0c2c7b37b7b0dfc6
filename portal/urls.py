from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from portal import views

urlpatterns = [
    path("admin/", admin.site.urls),
]

# Japanese pages have no prefix; English ones live under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    # Yearly report (issue 5): the booklet, its PDF and figures, the staff dashboard.
    path("reports/", include("portal.reports.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
