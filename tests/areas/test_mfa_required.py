"""Two-factor sign-in: required for the secretariat before the admin, open to everyone."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "pass-for-tests-only"}
    )
    assert response.status_code == 302


def test_secretariat_without_two_factor_is_sent_to_set_it_up(client, secretariat_without_mfa):
    sign_in(client, secretariat_without_mfa)
    response = client.get(reverse("admin:areas_yearlytheme_changelist"))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")
    # allauth asks for the password once more before setting up two-factor.
    page = client.get(response.url, follow=True)
    assert "2段階認証の設定が必要です" in page.content.decode()
    confirm_and_open_totp_setup(client)


def confirm_and_open_totp_setup(client):
    client.post(
        reverse("account_reauthenticate") + "?next=" + reverse("mfa_activate_totp"),
        {"password": "pass-for-tests-only"},
    )
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert page.context["form"]  # the QR code and code field of the TOTP setup


def test_coordinators_may_use_the_admin_without_two_factor(client, coordinator_a):
    sign_in(client, coordinator_a)
    assert client.get(reverse("admin:index")).status_code == 200
    confirm_and_open_totp_setup(client)  # but may turn it on


def test_the_admin_login_goes_through_allauth(client, db):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_repeated_wrong_passwords_are_rate_limited(client, coordinator_a):
    url = reverse("account_login")
    for _ in range(5):
        client.post(url, {"login": coordinator_a.email, "password": "wrong"})
    response = client.post(url, {"login": coordinator_a.email, "password": "pass-for-tests-only"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_the_sign_in_page_offers_no_self_registration(client, db):
    html = client.get(reverse("account_login")).content.decode()
    assert "サインイン" in html
    assert reverse("account_signup") not in html


def test_every_admin_page_links_to_the_two_factor_settings(client, coordinator_a):
    client.force_login(coordinator_a)
    html = client.get(reverse("admin:index")).content.decode()
    assert reverse("mfa_index") in html
