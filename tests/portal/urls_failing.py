"""The site's URLs plus one view that fails, to see the 500 page."""

from django.urls import path

from portal.urls import handler500
from portal.urls import urlpatterns as site_urlpatterns


def explode(request):
    raise RuntimeError("the view failed")


urlpatterns = [path("explode/", explode), *site_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
