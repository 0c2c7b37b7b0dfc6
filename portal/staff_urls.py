"""Staff pages outside the admin (issue 4): invitations and previews of drafts (themes,
events, reports and plans: the public page marked as a preview, areas/previews.py)."""

from django.urls import path

from areas import staff_views as area_views
from events import staff_views as event_views
from plans import staff_views as plan_views

app_name = "staff"

urlpatterns = [
    path(
        "accounts/invitation/<str:token>/",
        area_views.invitation_accept,
        name="invitation_accept",
    ),
    path("preview/themes/<int:pk>/", area_views.theme_preview, name="theme_preview"),
    path("preview/events/<int:pk>/", event_views.event_preview, name="event_preview"),
    path("preview/reports/<int:pk>/", event_views.report_preview, name="report_preview"),
    path("preview/plans/<int:pk>/", plan_views.plan_preview, name="plan_preview"),
]
