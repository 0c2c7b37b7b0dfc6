"""A year's report is a draft until the secretariat publishes it; publishing freezes it."""

import pytest

from areas.models import YearlyTheme
from booklet import services
from booklet.models import PublishedReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(secretariat):
    """Publishing is the 事務局's (booklet.publish_report), not any staff account's."""
    return secretariat


def test_before_publication_the_public_gets_a_not_ready_page(client, unpublished_demo):
    response = client.get("/reports/2023/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "2023年度の報告は準備中です" in html
    assert "知る・学ぶ・そして楽しむこと" not in html


def test_a_signed_in_resident_does_not_see_the_draft_either(client, unpublished_demo, resident):
    client.force_login(resident)
    assert client.get("/reports/2023/").status_code == 404
    assert client.get("/reports/2023.pdf").status_code == 404
    assert client.get("/reports/2023.csv").status_code == 404


def test_staff_see_the_draft_with_a_link_to_publish_it(client, unpublished_demo, staff):
    client.force_login(staff)
    response = client.get("/reports/2023/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "下書き" in html
    assert "知る・学ぶ・そして楽しむこと" in html
    assert '<a class="button" href="/reports/2023/publish/">公開する内容を確認する</a>' in html


def test_the_list_shows_only_published_years_to_the_public(client, unpublished_demo, staff):
    assert "2023年度" not in client.get("/reports/").content.decode()
    services.publish(2023, staff)
    html = client.get("/reports/").content.decode()
    assert 'href="/reports/2023/"' in html
    assert "未公開の年度" not in html


def test_staff_publish_a_year_and_the_public_can_read_it(client, unpublished_demo, staff):
    client.force_login(staff)
    response = client.post("/reports/2023/publish/", {"based_on": 0}, follow=True)
    assert "2023年度の報告を公開しました。" in response.content.decode()
    report = PublishedReport.objects.get(fiscal_year=2023, number=1)
    assert report.published_by == staff
    client.logout()
    response = client.get("/reports/2023/")
    assert response.status_code == 200
    assert "知る・学ぶ・そして楽しむこと" in response.content.decode()


def test_later_edits_do_not_change_a_published_report_until_it_is_published_again(
    client, demo, staff
):
    first = services.publish(2023, staff)
    theme = YearlyTheme.objects.get(fiscal_year=2023, area_group__slug="arakawa")
    theme.headline = "新しい見出し"
    theme.save()

    html = client.get("/reports/2023/").content.decode()
    assert "知る・学ぶ・そして楽しむこと" in html
    assert "新しい見出し" not in html

    client.force_login(staff)
    staff_view = client.get("/reports/2023/").content.decode()
    assert "公開後にデータが変わっています" in staff_view
    assert "新しい見出し" in client.get("/reports/2023/?draft=1").content.decode()

    client.post("/reports/2023/publish/", {"based_on": first.number})
    republished = PublishedReport.objects.filter(fiscal_year=2023).latest("number")
    assert republished.number == first.number + 1
    assert republished.published_at > first.published_at
    first.refresh_from_db()
    assert "知る・学ぶ・そして楽しむこと" in str(first.content)  # the first edition stays
    client.logout()
    assert "新しい見出し" in client.get("/reports/2023/").content.decode()


def test_opening_the_publish_page_only_asks_for_confirmation(client, unpublished_demo, staff):
    client.force_login(staff)
    assert client.get("/reports/2023/publish/").status_code == 200
    assert not PublishedReport.objects.exists()


def test_a_year_without_data_cannot_be_published(client, demo, staff):
    client.force_login(staff)
    response = client.post("/reports/2010/publish/", {"based_on": 0}, follow=True)
    assert "2010年度には公開できるデータがありません。" in response.content.decode()
    assert not PublishedReport.objects.filter(fiscal_year=2010).exists()


def test_a_year_far_outside_the_range_is_not_found(client, demo, staff):
    client.force_login(staff)
    assert client.get("/reports/99999/").status_code == 404
    assert client.get("/reports/99999/dashboard/").status_code == 404
    assert client.post("/reports/99999/publish/").status_code == 404


def test_staff_are_warned_of_groups_whose_theme_is_still_a_draft(client, unpublished_demo, staff):
    YearlyTheme.objects.filter(fiscal_year=2023, area_group__slug="kita").update(
        publication="draft"
    )
    client.force_login(staff)
    html = client.get("/reports/2023/").content.decode()
    assert "取り組みテーマが未公開" in html
    assert "<li>北区まちづくり</li>" in html
    # The draft theme is not in the report: the group appears without it.
    assert "北区の防災に向き合おう" not in html


def test_the_list_shows_staff_the_unpublished_years_with_their_dashboards(
    client, unpublished_demo, staff
):
    client.force_login(staff)
    html = client.get("/reports/").content.decode()
    assert "未公開の年度（事務局のみ）" in html
    assert 'href="/reports/2023/dashboard/"' in html


def test_the_admin_shows_who_published_when_and_deletes_no_edition(
    admin_client, unpublished_demo, staff
):
    report = services.publish(2023, staff)
    html = admin_client.get("/admin/booklet/publishedreport/").content.decode()
    assert "公開済みの年度報告" in html
    assert staff.username in html
    assert 'href="/reports/2023/editions/1/"' in html
    change = f"/admin/booklet/publishedreport/{report.pk}/"
    assert admin_client.get(f"{change}change/").status_code == 200
    # Taking a year back is withdrawing it (with a reason), never deleting its edition.
    assert admin_client.post(f"{change}delete/", {"post": "yes"}).status_code == 403
    assert PublishedReport.objects.filter(pk=report.pk).exists()
