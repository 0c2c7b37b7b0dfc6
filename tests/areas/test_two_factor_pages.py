"""The two-factor pages (allauth mfa) in the site's layout and in plain Japanese: the code is
asked for with a button that says what it does (確認する), not 「ログイン」."""

import re

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.e2e.conftest import authenticator_code

pytestmark = pytest.mark.django_db


def buttons(html):
    """The buttons of the page's own content (the header has the site search's)."""
    html = re.search(r"<main\b.*?</main>", html, re.S).group(0)
    return [
        re.sub(r"\s+", " ", b).strip()
        for b in re.findall(r"<button[^>]*>(.*?)</button>", html, re.S)
    ]


def in_site_layout(html):
    return 'class="site-header"' in html and '<div class="container">' in html


def after_password(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    return client.get(reverse("mfa_authenticate"))


def reauthenticate(client):
    """The password once more, as allauth asks before changing two-factor settings."""
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})


def test_the_code_page_is_in_the_site_layout_with_a_button_that_says_confirm(client, secretariat):
    page = after_password(client, secretariat).text
    assert in_site_layout(page)
    assert "<h1>2段階認証</h1>" in page
    assert buttons(page) == ["確認する", "やめてサインイン画面に戻る"]
    assert "ログイン" not in page
    assert "確認コード（認証アプリの6桁の数字）" in page  # the field's label


def test_the_right_code_signs_in_and_a_wrong_one_is_refused_in_japanese(client, secretariat):
    after_password(client, secretariat)
    refused = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert refused.status_code == 200
    assert "has-error" in refused.text and in_site_layout(refused.text)
    signed_in = client.post(reverse("mfa_authenticate"), {"code": authenticator_code()})
    assert signed_in.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_setting_up_the_app_is_in_the_site_layout_and_in_japanese(client, secretariat_without_mfa):
    client.force_login(secretariat_without_mfa)
    reauthenticate(client)
    page = client.get(reverse("mfa_activate_totp")).text
    assert in_site_layout(page)
    assert "<h1>認証アプリの設定</h1>" in page
    assert buttons(page) == ["設定する"]
    assert 'id="authenticator_secret"' in page and "QRコード" in page


def test_the_settings_and_the_recovery_codes_are_in_japanese(client, secretariat):
    RecoveryCodes.activate(secretariat)
    after_password(client, secretariat)
    client.post(reverse("mfa_authenticate"), {"code": authenticator_code()})
    reauthenticate(client)
    settings = client.get(reverse("mfa_index")).text
    assert in_site_layout(settings)
    assert "<h1>2段階認証の設定</h1>" in settings
    assert "まだ使えるコードが10個あります。" in settings
    codes = client.get(reverse("mfa_view_recovery_codes")).text
    assert in_site_layout(codes) and "<h1>リカバリーコード</h1>" in codes
    assert "10個のうち10個がまだ使えます。" in codes
