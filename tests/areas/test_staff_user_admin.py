"""The 事務局 manages coordinators' accounts and roles, never superusers (access issue, item 3)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.adminforms import form_data

pytestmark = pytest.mark.django_db


def test_the_secretariat_cannot_make_itself_superuser(client, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:auth_user_change", args=[secretariat.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()
    data = form_data(page, "user_form", is_superuser="on")
    data["user_permissions"] = [str(Permission.objects.get(codename="delete_user").pk)]
    client.post(url, data)
    secretariat.refresh_from_db()
    assert not secretariat.is_superuser
    assert not secretariat.user_permissions.exists()


def test_the_secretariat_cannot_make_a_coordinator_superuser(client, secretariat, coordinator_a):
    client.force_login(secretariat)
    url = reverse("admin:auth_user_change", args=[coordinator_a.pk])
    response = client.post(url, form_data(client.get(url), "user_form", is_superuser="on"))
    assert response.status_code == 302
    coordinator_a.refresh_from_db()
    assert not coordinator_a.is_superuser


@pytest.mark.parametrize("page", ["change", "password_change", "history", "delete"])
def test_superuser_accounts_do_not_exist_for_the_secretariat(client, secretariat, superuser, page):
    client.force_login(secretariat)
    url = reverse(f"admin:auth_user_{page}", args=[superuser.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"password1": "Another-pass-123", "password2": "Another-pass-123"})
    assert response.status_code == 404
    superuser.refresh_from_db()
    assert superuser.check_password("pass-for-tests-only")


def test_superusers_are_not_listed_for_the_secretariat(client, secretariat, superuser):
    client.force_login(secretariat)
    response = client.get(reverse("admin:auth_user_changelist"))
    shown = {user.pk for user in response.context["cl"].result_list}
    assert secretariat.pk in shown
    assert superuser.pk not in shown


def test_the_secretariat_gives_a_coordinator_the_secretariat_role(
    client, secretariat, coordinator_a
):
    client.force_login(secretariat)
    url = reverse("admin:auth_user_change", args=[coordinator_a.pk])
    page = client.get(url)
    offered = {g.name for g in page.context["adminform"].form.fields["groups"].queryset}
    assert offered == {"事務局", "コーディネーター"}
    office = Group.objects.get(name="事務局")
    response = client.post(url, form_data(page, "user_form", groups=[str(office.pk)]))
    assert response.status_code == 302
    assert list(coordinator_a.groups.values_list("name", flat=True)) == ["事務局"]


def test_a_superuser_still_manages_superusers(client, superuser):
    client.force_login(superuser)
    page = client.get(reverse("admin:auth_user_change", args=[superuser.pk]))
    assert 'name="is_superuser"' in page.content.decode()
