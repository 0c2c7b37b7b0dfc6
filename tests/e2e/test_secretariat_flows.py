"""What the secretariat (事務局) does in a real browser: sign in with two-factor, publish
this fiscal year's report and download its PDF."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from booklet.models import PublishedReport
from booklet.services import BOOKLET_TITLE
from core.fiscal_year import current_fiscal_year, fiscal_year_label
from tests.conftest import PASSWORD
from tests.e2e.conftest import authenticator_code

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_secretariat_signs_in_with_two_factor_publishes_the_years_report_and_gets_its_pdf(
    page, new_page, site, office
):
    year = current_fiscal_year()
    year_label = fiscal_year_label(year)

    page.goto(site + "/accounts/login/?next=/admin/")
    page.locator("input[name=login]").fill(office.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="サインイン").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    assert page.get_by_role("heading", level=1).inner_text() == "2段階認証"
    page.get_by_label("確認コード").fill(authenticator_code())
    page.get_by_role("button", name="確認する").click()
    page.wait_for_url(site + "/admin/")

    # From the admin to the site's reports list: this year is an unpublished draft there.
    page.get_by_role("link", name="サイトを表示").click()
    page.wait_for_url(site + "/")
    menu = page.get_by_role("navigation", name="メインメニュー")
    menu.get_by_role("link", name="年度報告").click()
    page.wait_for_url(site + "/reports/")
    drafts = page.get_by_role("region", name="未公開の年度（事務局のみ）")
    drafts.get_by_role("link", name=year_label).click()
    page.wait_for_url(f"{site}/reports/{year}/")
    panel = page.get_by_role("complementary", name="事務局の操作")
    assert "下書き" in panel.locator(".status-draft").inner_text()
    assert not PublishedReport.objects.filter(fiscal_year=year).exists()

    # Publishing starts with a confirmation of what will be published.
    panel.get_by_role("link", name="公開する内容を確認する").click()
    page.wait_for_url(f"{site}/reports/{year}/publish/")
    assert (
        f"{year_label}の報告を第1版として公開します"
        in page.get_by_role("heading", level=1).inner_text()
    )
    page.get_by_role("button", name="この内容で公開する").click()
    page.wait_for_url(f"{site}/reports/{year}/")
    assert f"{year_label}の報告を公開しました。" in page.get_by_role("status").inner_text()
    assert panel.get_by_role("link", name="最新のデータで再公開する").is_visible()
    assert page.locator(".published-note").is_visible()
    published = PublishedReport.objects.get(fiscal_year=year)
    assert published.published_by == office

    # The link opens the PDF in Chromium's viewer; Alt+click saves the linked file instead.
    with page.expect_download() as download_info:
        page.get_by_role("navigation", name="ダウンロード").get_by_role(
            "link", name="PDFで見る"
        ).click(modifiers=["Alt"])
    download = download_info.value
    assert download.suggested_filename == f"machizukuri-report-{year}.pdf"
    pdf = Path(download.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert BOOKLET_TITLE in text
    assert year_label in text
    assert "下書き（未公開）" not in text  # the published edition, not the draft's

    # A visitor with no session now finds the report.
    visitor = new_page()
    assert visitor.goto(f"{site}/reports/{year}/").status == 200
    assert visitor.get_by_role("heading", level=1).inner_text() == BOOKLET_TITLE
    assert visitor.get_by_role("complementary", name="事務局の操作").count() == 0
