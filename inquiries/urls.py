from django.urls import path

from inquiries import views

app_name = "inquiries"

urlpatterns = [
    path("<slug:slug>/contact/", views.contact, name="contact"),
    path("<slug:slug>/contact/sent/", views.contact_sent, name="contact_sent"),
]
