from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import path

from portal import views

urlpatterns = [
    path("admin/", admin.site.urls),
    # The benchmark's ceiling: 404 unless DJANGO_BENCH_CEILING is on (bench/run).
    path("bench/ceiling/", views.bench_ceiling, name="bench-ceiling"),
]

# Japanese pages have no prefix; English ones live under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
