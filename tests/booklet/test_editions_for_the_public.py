"""What the public learns of an edition: never who, by address; nothing of a withdrawn year;
and another network's booklet judged by its own data."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from booklet import publishing
from booklet.models import PublishedReport

pytestmark = pytest.mark.django_db

ADDRESS = "tanaka.office@example.org"


@pytest.fixture
def office_member(django_user_model):
    """A 事務局 account as an invitation makes it: the username is the email address."""
    user = django_user_model.objects.create_user(
        username=ADDRESS, email=ADDRESS, password="x-Office-pass-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name="事務局"))
    return user


def test_the_public_never_reads_who_published_by_their_address(unpublished_demo, office_member):
    publishing.publish(2023, office_member)
    for url in ["/reports/2023/editions/", "/reports/2023/editions/1/", "/reports/2023/"]:
        html = Client().get(url).content.decode()
        assert ADDRESS not in html, url
    assert "事務局" in Client().get("/reports/2023/editions/").content.decode()


def test_the_secretariat_sees_who_published(client, unpublished_demo, office_member, secretariat):
    office_member.first_name, office_member.last_name = "花子", "田中"
    office_member.save()
    publishing.publish(2023, office_member)
    client.force_login(secretariat)
    assert "田中 花子" in client.get("/reports/2023/editions/").content.decode() or (
        "花子 田中" in client.get("/reports/2023/editions/").content.decode()
    )


def test_a_withdrawn_year_shows_none_of_its_editions_to_the_public(unpublished_demo, office_member):
    from areas.models import YearlyTheme

    publishing.publish(2023, office_member)
    theme = YearlyTheme.objects.get(fiscal_year=2023, area_group__slug="arakawa")
    theme.headline = "改めた見出し"
    theme.save()
    publishing.publish(2023, office_member)
    latest = PublishedReport.objects.get(fiscal_year=2023, number=2)
    publishing.withdraw(latest, office_member, "個人の名前が載っていたため")
    older = Client().get("/reports/2023/editions/1/")
    assert older.status_code == 200
    html = older.content.decode()
    assert "取り下げられています" in html
    assert "知る・学ぶ・そして楽しむこと" not in html  # 荒川区's 2023 headline


def test_another_network_without_data_cannot_be_published(client, unpublished_demo, secretariat):
    client.force_login(secretariat)
    response = client.post("/reports/saitama-watamachi/2023/publish/", {"based_on": 0})
    assert response.status_code == 302
    assert not PublishedReport.objects.filter(network__slug="saitama-watamachi").exists()
    page = client.get("/reports/saitama-watamachi/2023/publish/").content.decode()
    assert "荒川区まちづくり" not in page  # Tokyo's groups are not Saitama's unfinished themes


def test_an_invisible_reason_is_no_reason_to_withdraw(unpublished_demo, office_member):
    edition = publishing.publish(2023, office_member).report
    with pytest.raises(publishing.PublishRefused):
        publishing.withdraw(edition, office_member, "\u200b\ufeff \u3000")
    edition.refresh_from_db()
    assert not edition.is_withdrawn


def test_the_year_of_a_booklets_words_follows_the_one_rule(client, secretariat, demo):
    from areas.models import Network
    from booklet.models import YearBooklet
    from core.fiscal_year import current_fiscal_year

    client.force_login(secretariat)
    data = {
        "network": Network.objects.default().pk,
        "fiscal_year": current_fiscal_year() + 2,
        "title": "題名",
    }
    response = client.post("/admin/booklet/yearbooklet/add/", data)
    assert response.status_code == 200
    assert "年度は2000年度から" in response.content.decode()
    assert not YearBooklet.objects.filter(fiscal_year=current_fiscal_year() + 2).exists()
