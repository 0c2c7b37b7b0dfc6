"""The whole year in a real browser: the 事務局 opens next fiscal year, a coordinator writes and
publishes the draft theme, and the area page, the draft booklet and the dashboard agree on it;
the Saitama わたまち group stays in its own network."""

import pytest
from django.contrib.auth import get_user_model

from areas.models import AreaGroup, Membership, PublicationStatus, YearlyTheme
from core.fiscal_year import current_fiscal_year, fiscal_year_label
from tests.conftest import make_coordinator
from tests.e2e.conftest import authenticator_code, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_TEXT = "来年度は防災カフェを毎月ひらき、地域の備えを話し合います。"


@pytest.fixture
def arakawa_coordinator(site):
    return make_coordinator(get_user_model(), "coordinator_a", "arakawa")


def sign_in_with_code(page, site, user):
    sign_in(page, site, user)
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.get_by_label("確認コード").fill(authenticator_code())
    page.get_by_role("button", name="確認する").click()
    page.wait_for_url(site + "/admin/")


def test_a_year_from_opening_to_the_dashboard(page, new_page, site, office, arakawa_coordinator):
    year = current_fiscal_year() + 1
    label = fiscal_year_label(year)
    tokyo = AreaGroup.objects.active().filter(network__slug="tokyo")

    # The 事務局 opens next fiscal year from the theme list: first what it will do, then do it.
    sign_in_with_code(page, site, office)
    page.get_by_role("link", name="取り組みテーマ", exact=True).first.click()
    page.get_by_role("link", name="年度の準備").click()
    page.get_by_label("年度").fill(str(year))
    page.get_by_role("button", name="この年度で確かめる").click()
    assert f"{label}の準備で行うこと" in page.get_by_role("heading", level=2).inner_text()
    assert not YearlyTheme.objects.filter(fiscal_year=year).exists()
    page.get_by_role("button", name=f"{label}の準備をする").click()
    assert f"{label}の準備で行ったこと" in page.get_by_role("heading", level=2).inner_text()
    drafts = YearlyTheme.objects.filter(fiscal_year=year)
    assert drafts.count() == tokyo.count() == 8
    assert set(drafts.values_list("publication", flat=True)) == {PublicationStatus.DRAFT}
    assert not drafts.filter(area_group__network__slug="saitama-watamachi").exists()
    for group in tokyo:
        assert Membership.objects.filter(area_group=group, fiscal_year=year).exists(), group

    # The 荒川区 coordinator finds the draft, rewrites it and publishes it.
    coordinator = new_page()
    sign_in(coordinator, site, arakawa_coordinator)
    coordinator.wait_for_url(site + "/admin/")
    coordinator.goto(f"{site}/admin/areas/yearlytheme/?fiscal_year={year}")
    rows = coordinator.locator("#result_list tbody tr")
    assert rows.count() == 1  # only 荒川区's
    rows.get_by_role("link", name="荒川区まちづくり").click()
    coordinator.locator("textarea[name=text]").fill(NEW_TEXT)
    coordinator.locator("input[name=_save]").click()
    assert "変更しました" in coordinator.locator(".messagelist").inner_text()
    row = coordinator.locator("#result_list tbody tr").filter(has_text=label)
    row.locator("input[name=_selected_action]").check()
    coordinator.locator("select[name=action]").select_option("publish")
    coordinator.get_by_role("button", name="実行").click()
    assert "1件を公開しました。" in coordinator.locator(".messagelist").inner_text()

    # A visitor reads it on the area's page of that year, with the members carried over.
    visitor = new_page()
    assert visitor.goto(f"{site}/areas/arakawa/{year}/").status == 200
    assert NEW_TEXT in visitor.locator(".theme-text").inner_text()
    assert "コープみらい" in visitor.locator("main").inner_text()

    # The 事務局's draft booklet and dashboard say the same of every group.
    page.goto(f"{site}/reports/{year}/?draft=1")
    booklet = page.locator("main").inner_text()
    assert NEW_TEXT in booklet
    assert "テーマ未登録" in booklet or "下書き" in booklet
    assert "川口" not in booklet
    page.goto(f"{site}/reports/{year}/dashboard/")
    assert page.locator("#status-arakawa td").first.inner_text() == "公開"
    assert page.locator("#status-kita td").first.inner_text() == "下書き"
    assert page.locator("#status-kawaguchi-watamachi").count() == 0
    assert page.locator("#status-table tbody tr").count() == 8 + 4  # active and 設置推進

    # The 事務局 publishes the year after a confirmation; the public reads edition 1.
    page.goto(f"{site}/reports/{year}/publish/")
    assert (
        f"{label}の報告を第1版として公開します" in page.get_by_role("heading", level=1).inner_text()
    )
    page.get_by_role("button", name="この内容で公開する").click()
    page.wait_for_url(f"{site}/reports/{year}/")
    reader = new_page()
    assert reader.goto(f"{site}/reports/{year}/").status == 200
    assert NEW_TEXT in reader.locator("main").inner_text()
    assert "第1版" in reader.locator("main").inner_text()


def test_a_new_visitor_reads_the_seeds_2023_booklet_and_its_three_page_pdf(page, site):
    import io

    from pypdf import PdfReader

    from portal.demo import booklet_2023

    assert page.goto(f"{site}/reports/2023/").status == 200
    text = page.locator("main").inner_text()
    assert "ひとりぼっちにしないまちづくり" in text
    for group in booklet_2023.ACTIVE_GROUPS:
        assert group["name"] in text
    pdf = page.request.get(f"{site}/reports/2023.pdf").body()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3  # a cover and two A4 pages
