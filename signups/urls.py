"""Sign-up pages. The sign-up's own pages carry its secret in the path
(portal/log_redaction.py SECRET_ROUTES keeps it out of the logs)."""

from django.urls import path

from signups import views

app_name = "signups"

urlpatterns = [
    path("events/<int:pk>/register/", views.register, name="register"),
    path("signups/<str:token>/", views.manage, name="manage"),
    path("signups/<str:token>/cancel/", views.cancel, name="cancel"),
]
