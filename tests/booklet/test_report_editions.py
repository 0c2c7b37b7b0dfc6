"""Publishing is confirmed first and makes numbered editions; withdrawing is an action with a
reason, not a deletion; every edition stays readable."""

from unittest import mock

import pytest
from django.test import Client

from areas.models import Network, YearlyTheme
from booklet import publishing
from booklet.models import PublishedReport
from tests.booklet.report_helpers import element_text

pytestmark = pytest.mark.django_db

OLD_HEADLINE = "知る・学ぶ・そして楽しむこと"
NEW_HEADLINE = "荒川区の新しい見出し"


@pytest.fixture
def office(client, secretariat):
    client.force_login(secretariat)
    return client


@pytest.fixture
def visitor():
    """Someone not signed in, beside the 事務局's own browser."""
    return Client()


def editions():
    return list(PublishedReport.objects.filter(fiscal_year=2023).order_by("number"))


def change_a_headline():
    theme = YearlyTheme.objects.get(fiscal_year=2023, area_group__slug="arakawa")
    theme.headline = NEW_HEADLINE
    theme.save()


def test_the_confirmation_shows_what_will_be_published(office, unpublished_demo):
    response = office.get("/reports/2023/publish/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "2023年度の報告を第1版として公開します" in html
    assert "東京の生協のまちづくり" in html
    assert "8グループ" in html
    assert element_text(html, "publish-title") == "東京の生協のまちづくり活動トピックス"
    assert 'name="based_on" value="0"' in html
    assert not PublishedReport.objects.exists()


def test_publishing_makes_edition_one_then_edition_two(office, unpublished_demo, secretariat):
    office.post("/reports/2023/publish/", {"based_on": 0})
    change_a_headline()
    html = office.get("/reports/2023/publish/").content.decode()
    assert "第1版からの変更" in html
    assert "荒川区まちづくり" in element_text(html, "changes-heading") or "荒川区まちづくり" in html
    response = office.post("/reports/2023/publish/", {"based_on": 1}, follow=True)
    assert "2023年度の報告を第2版として公開しました。" in response.content.decode()
    first, second = editions()
    assert (first.number, second.number) == (1, 2)
    assert first.published_by == second.published_by == secretariat
    assert OLD_HEADLINE in str(first.content) and NEW_HEADLINE in str(second.content)


def test_the_public_page_shows_the_latest_edition_and_its_date(client, demo, secretariat):
    change_a_headline()
    publishing.publish(2023, secretariat)
    html = client.get("/reports/2023/").content.decode()
    assert NEW_HEADLINE in html
    note = element_text(html.replace('class="published-note"', 'id="note"'), "note")
    assert note.startswith("第2版 · ")
    assert "年" in note and "公開" in note


def test_a_double_submit_publishes_one_edition(office, unpublished_demo):
    office.post("/reports/2023/publish/", {"based_on": 0})
    response = office.post("/reports/2023/publish/", {"based_on": 0}, follow=True)
    assert len(editions()) == 1
    # Not "someone else published meanwhile": the person's own first press did.
    assert "第1版と同じ内容のため、新しい版は作りませんでした。" in response.content.decode()


def test_publishing_what_the_current_edition_says_adds_no_edition(office, demo):
    html = office.get("/reports/2023/publish/").content.decode()
    assert "第1版から変わっていません" in html
    response = office.post("/reports/2023/publish/", {"based_on": 1}, follow=True)
    assert "第1版と同じ内容のため、新しい版は作りませんでした。" in response.content.decode()
    assert len(editions()) == 1


def test_a_publish_from_an_outdated_confirmation_is_refused(office, demo, superuser):
    """The page showed edition 1; meanwhile someone else published edition 2."""
    change_a_headline()
    publishing.publish(2023, superuser)
    YearlyTheme.objects.filter(fiscal_year=2023, area_group__slug="kita").update(headline="別の")
    response = office.post("/reports/2023/publish/", {"based_on": 1}, follow=True)
    assert "確認した後に、第2版が公開されています" in response.content.decode()
    assert [e.number for e in editions()] == [1, 2]


def test_two_publishes_at_once_cannot_take_the_same_number(demo, superuser):
    change_a_headline()
    publishing.publish(2023, superuser)  # someone else's edition 2
    one, two = editions()
    YearlyTheme.objects.filter(fiscal_year=2023, area_group__slug="kita").update(headline="別の")
    # This publish read the latest edition just before edition 2 was written: it, too, would
    # be edition 2, and the unique (network, year, number) refuses it.
    with (
        mock.patch.object(PublishedReport.objects, "latest_of", side_effect=[one, two]),
        pytest.raises(publishing.PublishRefused, match="第2版が公開されています"),
    ):
        publishing.publish(2023, superuser)
    assert [e.number for e in editions()] == [1, 2]


def test_withdrawing_needs_a_reason(office, demo):
    response = office.post("/reports/2023/withdraw/", {"number": 1, "reason": "  "})
    assert response.status_code == 200
    assert "取り下げる理由を書いてください。" in response.content.decode()
    assert not editions()[0].is_withdrawn


def test_a_withdrawn_year_says_so_to_the_public_with_date_and_reason(
    office, visitor, demo, secretariat
):
    office.get("/reports/2023/withdraw/")
    response = office.post(
        "/reports/2023/withdraw/", {"number": 1, "reason": "参加団体の名前に誤りがありました。"}
    )
    assert response.status_code == 302
    edition = editions()[0]
    assert edition.is_withdrawn and edition.withdrawn_by == secretariat
    assert edition.withdrawal_reason == "参加団体の名前に誤りがありました。"
    response = visitor.get("/reports/2023/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "2023年度の報告は取り下げられました" in html
    assert "参加団体の名前に誤りがありました。" in html
    assert "第1版は" in html and "に取り下げられました。" in html
    assert OLD_HEADLINE not in html
    assert visitor.get("/reports/2023.pdf").status_code == 410
    assert "取り下げられました" in visitor.get("/reports/").content.decode()


def test_the_secretariat_publishes_a_withdrawn_year_again_as_a_new_edition(
    office, visitor, demo, secretariat
):
    publishing.withdraw(editions()[0], secretariat, "誤りがありました。")
    office.post("/reports/2023/publish/", {"based_on": 1})
    assert [(e.number, e.is_withdrawn) for e in editions()] == [(1, True), (2, False)]
    assert visitor.get("/reports/2023/").status_code == 200


def test_every_edition_stays_readable(client, demo, secretariat):
    change_a_headline()
    publishing.publish(2023, secretariat)
    listing = client.get("/reports/2023/editions/").content.decode()
    assert 'href="/reports/2023/editions/1/"' in listing
    assert 'href="/reports/2023/editions/2/"' in listing
    first = client.get("/reports/2023/editions/1/").content.decode()
    assert OLD_HEADLINE in first and NEW_HEADLINE not in first
    assert "この版は、第2版に改められています。" in first
    assert client.get("/reports/2023/editions/3/").status_code == 404


def test_a_withdrawn_edition_shows_its_note_and_its_content_only_to_the_secretariat(
    office, visitor, demo, secretariat
):
    publishing.withdraw(editions()[0], secretariat, "誤りがありました。")
    public = visitor.get("/reports/2023/editions/1/").content.decode()
    assert "誤りがありました。" in public
    assert OLD_HEADLINE not in public
    assert OLD_HEADLINE in office.get("/reports/2023/editions/1/").content.decode()


def test_another_networks_booklet_has_its_own_editions(office, visitor, demo):
    from core.fiscal_year import current_fiscal_year

    year = current_fiscal_year()  # the Saitama example's year (it has none in 2023)
    saitama = Network.objects.get(slug="saitama-watamachi")
    assert office.get(f"/reports/saitama-watamachi/{year}/publish/").status_code == 200
    office.post(f"/reports/saitama-watamachi/{year}/publish/", {"based_on": 0})
    published = PublishedReport.objects.get(network=saitama, fiscal_year=year)
    assert published.number == 1
    assert "荒川区まちづくり" not in str(published.content["areas"])
    assert not PublishedReport.objects.filter(network__slug="tokyo", fiscal_year=year).exists()
    assert visitor.get(f"/reports/saitama-watamachi/{year}/").status_code == 200
    assert visitor.get(f"/reports/saitama-watamachi/{year}/editions/1/").status_code == 200
    assert visitor.get("/reports/no-such-network/2023/").status_code == 404
