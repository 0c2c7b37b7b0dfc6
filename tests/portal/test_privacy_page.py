"""個人情報の取り扱い: a public page, in both languages, stating the retention period the
erasure uses (settings.PERSONAL_DATA_RETENTION_DAYS), linked from every page's footer."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_privacy_page_states_the_retention_period_of_the_setting(client, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 90
    response = client.get("/privacy/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "個人情報の取り扱い" in page
    assert "90日（約3か月）" in page
    assert "コーディネーター" in page and "事務局" in page


def test_the_privacy_page_is_in_english_too(client, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 180
    response = client.get("/en/privacy/")
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()
    assert "180" in response.content.decode()


def test_the_secretariats_contact_is_shown_when_set(client, settings):
    settings.PORTAL_PRIVACY_CONTACT = "まちづくり事務局 03-0000-0000"
    assert "まちづくり事務局 03-0000-0000" in client.get("/privacy/").content.decode()


def test_every_page_links_to_the_privacy_page_in_its_footer(client):
    footer = client.get("/").content.decode().split('class="site-footer"')[1]
    assert 'href="/privacy/"' in footer
