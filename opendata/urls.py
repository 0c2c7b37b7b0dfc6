from django.urls import path

from opendata import views
from opendata.archive import FILENAME

app_name = "opendata"
urlpatterns = [
    path("", views.index, name="index"),
    path(FILENAME, views.download, name="download"),
]
