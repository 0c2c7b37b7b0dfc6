"""年度の準備 in the admin: the 事務局 sees what it will do, confirms, and sees what it did."""

import pytest
from django.core import mail
from django.urls import reverse

from areas.factories import MembershipFactory, YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus, YearlyTheme
from core.fiscal_year import current_fiscal_year
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db

URL = "/admin/areas/yearlytheme/open-year/"


@pytest.fixture
def year():
    return current_fiscal_year() + 1


@pytest.fixture
def last_years_themes(tokyo_areas, year):
    for slug in ("arakawa", "kita"):
        group = AreaGroup.objects.get(slug=slug)
        YearlyThemeFactory(area_group=group, fiscal_year=year - 1, headline=f"{group.name}の前年")
        MembershipFactory(area_group=group, fiscal_year=year - 1)


def lines(response):
    return [str(line) for line in response.context["opening"].lines]


def test_the_page_has_its_own_url_in_the_admin():
    assert reverse("admin:areas_yearlytheme_open_year") == URL


def test_the_secretariat_sees_what_opening_will_do_then_confirms(
    client, secretariat, coordinator_a, last_years_themes, year, django_capture_on_commit_callbacks
):
    client.force_login(secretariat)
    preview = client.get(URL, {"year": year})
    assert preview.status_code == 200
    assert preview.context["opening"].dry_run
    assert any("荒川区まちづくり: 取り組みテーマの下書きを作る" in line for line in lines(preview))
    assert "open-year-confirm" in preview.content.decode()
    assert not YearlyTheme.objects.filter(fiscal_year=year).exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(URL, form_data(preview, "open-year-confirm"))
    assert done.status_code == 200
    assert not done.context["opening"].dry_run
    assert lines(done) == lines(preview)
    drafts = YearlyTheme.objects.filter(fiscal_year=year)
    assert drafts.count() == 2
    assert set(drafts.values_list("publication", flat=True)) == {PublicationStatus.DRAFT}
    assert [message.to for message in mail.outbox] == [[coordinator_a.email]]
    assert "http://testserver/admin/areas/yearlytheme/" in mail.outbox[0].body


def test_submitting_twice_changes_nothing(
    client, secretariat, coordinator_a, last_years_themes, year, django_capture_on_commit_callbacks
):
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"year": year})
    themes, history = YearlyTheme.objects.count(), YearlyTheme.history.count()
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(URL, {"year": year})
    assert (YearlyTheme.objects.count(), YearlyTheme.history.count()) == (themes, history)
    assert len(mail.outbox) == 1
    assert not again.context["opening"].changed
    assert "変更はありません" in again.content.decode()


def test_the_page_opens_on_the_next_fiscal_year(client, secretariat, year):
    client.force_login(secretariat)
    response = client.get(URL)
    assert response.context["year"] == year
    assert response.context["opening"].dry_run


@pytest.mark.parametrize("offset", [None, 2])
def test_a_year_outside_the_rule_is_refused_with_the_message(client, secretariat, offset):
    year = 1999 if offset is None else current_fiscal_year() + offset
    client.force_login(secretariat)
    for response in (client.get(URL, {"year": year}), client.post(URL, {"year": year})):
        assert response.status_code == 200
        assert response.context["opening"] is None
        last = current_fiscal_year() + 1
        assert f"年度は2000年度から{last}年度までで入力してください。" in response.content.decode()
    assert not YearlyTheme.objects.exists()


def test_a_coordinator_is_refused(client, coordinator_a, last_years_themes, year):
    client.force_login(coordinator_a)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"year": year}).status_code == 403
    assert not YearlyTheme.objects.filter(fiscal_year=year).exists()


def test_someone_signed_out_is_sent_to_sign_in(client, year):
    for response in (client.get(URL), client.post(URL, {"year": year})):
        assert response.status_code == 302
        assert response.url.startswith(("/accounts/login/", "/admin/login/"))


def test_the_theme_list_links_to_the_page_for_the_secretariat_only(
    client, secretariat, coordinator_a
):
    changelist = reverse("admin:areas_yearlytheme_changelist")
    client.force_login(secretariat)
    assert f'href="{URL}"' in client.get(changelist).content.decode()
    client.force_login(coordinator_a)
    assert f'href="{URL}"' not in client.get(changelist).content.decode()


def test_a_superuser_may_open_a_year(admin_client, year):
    assert admin_client.get(URL, {"year": year}).status_code == 200


def test_the_preview_costs_the_same_queries_with_ten_times_the_groups(client, secretariat, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.demo.generator import generate

    client.force_login(secretariat)
    url = f"{URL}?year={current_fiscal_year() + 1}"
    client.get(url)
    with CaptureQueriesContext(connection) as once:
        assert client.get(url).status_code == 200
    generate(10)
    with CaptureQueriesContext(connection) as tenfold:
        assert client.get(url).status_code == 200
    assert len(tenfold.captured_queries) == len(once.captured_queries)


def test_a_past_year_is_refused_in_the_admin(client, secretariat, last_years_themes):
    from areas.models import YearlyTheme

    client.force_login(secretariat)
    past = current_fiscal_year() - 1
    response = client.post(URL, {"year": past})
    assert "過ぎた年度は準備できません" in response.content.decode()
    assert not YearlyTheme.objects.filter(fiscal_year=past, publication="draft").exists()


def test_the_secretariat_opens_another_networks_year_from_the_admin(
    client, secretariat, last_years_themes, year
):
    from areas.factories import AreaGroupFactory, NetworkFactory
    from areas.models import YearlyTheme

    west = NetworkFactory(slug="west")
    group = AreaGroupFactory(network=west)
    client.force_login(secretariat)
    page = client.get(URL, {"year": year, "network": west.pk}).content.decode()
    assert group.name in page
    assert "荒川区まちづくり" not in page
    client.post(URL, {"year": year, "network": west.pk})
    assert YearlyTheme.objects.filter(area_group=group, fiscal_year=year).exists()
    assert not YearlyTheme.objects.filter(area_group__slug="arakawa", fiscal_year=year).exists()
