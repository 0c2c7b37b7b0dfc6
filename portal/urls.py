from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import path

from portal import plan_views, views

urlpatterns = [
    path("admin/", admin.site.urls),
]

# Japanese pages have no prefix; English ones live under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    # わたまちプラン (issue 6): all plans, and one area's plan with its process.
    path("plans/", plan_views.plan_list, name="plan_list"),
    path("areas/<slug:slug>/plan/", plan_views.area_plan, name="area_plan"),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
