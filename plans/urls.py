"""Public pages of わたまちプラン. Included without a namespace: the names `plan_list` and
`area_plan` are the ones the portal has always used."""

from django.urls import path

from plans import views, voice_views

urlpatterns = [
    path("plans/", views.plan_list, name="plan_list"),
    path("areas/<slug:slug>/plan/", views.area_plan, name="area_plan"),
    # 声を届ける (issue 15): a resident's voice, waiting for the coordinator's moderation.
    path("areas/<slug:slug>/voice/", voice_views.send_voice, name="area_voice"),
    path("areas/<slug:slug>/voice/sent/", voice_views.voice_sent, name="area_voice_sent"),
]
