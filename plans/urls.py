"""Public pages of わたまちプラン. Included without a namespace: the names `plan_list` and
`area_plan` are the ones the portal has always used."""

from django.urls import path

from plans import views

urlpatterns = [
    path("plans/", views.plan_list, name="plan_list"),
    path("areas/<slug:slug>/plan/", views.area_plan, name="area_plan"),
]
