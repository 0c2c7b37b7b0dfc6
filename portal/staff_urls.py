"""Staff pages outside the admin (issue 4): invitations and previews of drafts."""

from django.urls import path

from areas import staff_views as area_views
from events import staff_views as event_views

app_name = "staff"

urlpatterns = [
    path(
        "accounts/invitation/<str:token>/",
        area_views.invitation_accept,
        name="invitation_accept",
    ),
    path("preview/themes/<int:pk>/", area_views.theme_preview, name="theme_preview"),
    path("preview/events/<int:pk>/", event_views.event_preview, name="event_preview"),
]
