"""Two-factor for the 事務局 and superusers on every staff page (access issue, items 3 and 5)."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

pytestmark = pytest.mark.django_db

YEAR = 2023


@pytest.fixture
def superuser_without_mfa(django_user_model):
    return django_user_model.objects.create_superuser(
        "operator", email="operator@example.org", password="pass-for-tests-only"
    )


STAFF_PAGES = [
    ("get", reverse("reports:dashboard", args=[YEAR])),
    ("get", reverse("reports:export", args=[YEAR, "events", "csv"])),
    ("get", reverse("reports:detail", args=[YEAR]) + "?draft=1"),
    ("post", reverse("reports:publish", args=[YEAR])),
    ("get", reverse("staff:event_preview", args=[1])),
    ("get", reverse("staff:theme_preview", args=[1])),
    ("get", reverse("admin:index")),
    ("get", "/en/admin/"),
]


@pytest.mark.parametrize("persona", ["secretariat_without_mfa", "superuser_without_mfa"])
@pytest.mark.parametrize(("method", "url"), STAFF_PAGES)
def test_without_two_factor_every_staff_page_leads_to_setting_it_up(
    request, client, persona, method, url
):
    client.force_login(request.getfixturevalue(persona))
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


@pytest.mark.parametrize("persona", ["secretariat_without_mfa", "superuser_without_mfa"])
def test_without_two_factor_one_can_still_sign_out_and_set_it_up(request, client, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    setup = client.get(reverse("mfa_activate_totp"))
    # The setup page, or allauth's password check before it: never a loop back to itself.
    assert setup.status_code == 200 or not setup.url.startswith(reverse("mfa_activate_totp"))
    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session
    # The admin's own sign-out button works too.
    client.force_login(user)
    assert client.post(reverse("admin:logout")).status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("persona", ["secretariat", "superuser"])
def test_signing_in_on_the_web_with_two_factor_asks_for_the_code(request, client, persona):
    user = request.getfixturevalue(persona)
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "pass-for-tests-only"}
    )
    assert response.status_code == 302
    assert response.url == reverse("mfa_authenticate")
    assert client.get(reverse("admin:index")).status_code == 302  # not signed in yet
    assert Authenticator.objects.filter(user=user).exists()


def test_with_two_factor_the_secretariat_reaches_the_admin_and_the_dashboard(client, secretariat):
    client.force_login(secretariat)
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("reports:dashboard", args=[YEAR])).status_code == 200
