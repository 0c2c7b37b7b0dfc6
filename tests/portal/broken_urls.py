"""A URL that fails, to see the 500 page the way a resident would."""

from django.urls import path


def boom(request):
    raise RuntimeError("a failure for the 500 page test")


urlpatterns = [path("boom/", boom)]
