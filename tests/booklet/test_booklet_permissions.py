"""The yearly booklet's staff tools are the 事務局's, named by permission (access issue, item 4)."""

import pytest
from django.urls import reverse

from booklet.models import PublishedReport
from events.factories import EventFactory

pytestmark = pytest.mark.django_db

YEAR = 2023


@pytest.fixture
def draft_in_another_area(area_rows):
    """A draft event of 北区 in 2023: a coordinator of 荒川区 must never see it."""
    return EventFactory(
        title="北区の公開前の下書き",
        area_groups=[area_rows["kita"]["areagroup"]],
        publication="draft",
    )


@pytest.mark.parametrize(
    "url",
    [
        reverse("reports:dashboard", args=[YEAR]),
        reverse("reports:export", args=[YEAR, "events", "csv"]),
        reverse("reports:export", args=[YEAR, "reports", "xlsx"]),
        reverse("reports:export", args=[YEAR, "memberships", "csv"]),
    ],
)
def test_a_coordinator_cannot_open_the_dashboard_or_the_exports(
    client, coordinator_a, draft_in_another_area, url
):
    client.force_login(coordinator_a)
    response = client.get(url)
    assert response.status_code == 403
    assert "北区の公開前の下書き".encode() not in response.content


def test_a_coordinator_cannot_publish_the_booklet(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    response = client.post(reverse("reports:publish", args=[YEAR]))
    assert response.status_code == 403
    assert not PublishedReport.objects.exists()


def test_a_coordinator_sees_no_draft_booklet(client, coordinator_a, draft_in_another_area):
    client.force_login(coordinator_a)
    response = client.get(reverse("reports:detail", args=[YEAR]) + "?draft=1")
    assert response.status_code == 404  # not published, and no draft for them
    listing = client.get(reverse("reports:list")).content.decode()
    assert "未公開の年度" not in listing


def test_the_secretariat_publishes_and_exports(client, secretariat, draft_in_another_area):
    from areas.factories import YearlyThemeFactory

    YearlyThemeFactory(area_group=draft_in_another_area.area_groups.get(), fiscal_year=YEAR)
    client.force_login(secretariat)
    assert client.get(reverse("reports:dashboard", args=[YEAR])).status_code == 200
    export = client.get(reverse("reports:export", args=[YEAR, "events", "csv"]))
    assert "北区の公開前の下書き" in export.content.decode("utf-8-sig")
    assert client.get(reverse("reports:publish", args=[YEAR])).status_code == 200
    response = client.post(reverse("reports:publish", args=[YEAR]), {"based_on": 0})
    assert response.status_code == 302
    assert PublishedReport.objects.filter(fiscal_year=YEAR).exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    for url in [
        reverse("reports:dashboard", args=[YEAR]),
        reverse("reports:export", args=[YEAR, "events", "csv"]),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


def test_a_signed_in_resident_can_neither_open_the_dashboard_nor_publish(client, resident, demo):
    editions = PublishedReport.objects.count()
    client.force_login(resident)
    assert client.get(reverse("reports:dashboard", args=[YEAR])).status_code == 403
    assert client.post(reverse("reports:publish", args=[YEAR])).status_code == 403
    assert PublishedReport.objects.count() == editions


def test_a_refused_page_explains_itself_in_japanese(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    response = client.get(reverse("reports:dashboard", args=[YEAR]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "このページを開く権限がありません" in html
    assert 'href="/admin/"' in html  # back to where a coordinator works
