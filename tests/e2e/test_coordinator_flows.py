"""What the coordinator of 荒川区 does in a real browser: sign in, edit the year's theme,
add a photo to a report, preview, publish, and see it on the public page."""

import pytest
from django.contrib.auth import get_user_model

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus, YearlyTheme
from core.fiscal_year import current_fiscal_year, fiscal_year_label
from events.models import ActivityReport
from tests.conftest import make_coordinator
from tests.e2e.conftest import sign_in
from tests.imagefiles import image_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_HEADLINE = "防災を知り、つながりを広げる"
NEW_TEXT = "毎月の荒川コープカフェで、わが家の備えを話し合います。"


@pytest.fixture
def arakawa_coordinator(site):
    return make_coordinator(get_user_model(), "coordinator_a", "arakawa")


@pytest.fixture
def draft_themes(site):
    """This fiscal year's themes of 荒川区 and 北区, both still drafts."""
    year = current_fiscal_year()
    return {
        slug: YearlyThemeFactory(
            area_group=AreaGroup.objects.get(slug=slug),
            fiscal_year=year,
            headline=f"{slug}の下書きテーマ",
            publication=PublicationStatus.DRAFT,
        )
        for slug in ["arakawa", "kita"]
    }


def test_the_arakawa_coordinator_edits_previews_and_publishes_the_theme_with_a_photo(
    page, new_page, site, arakawa_coordinator, draft_themes, tmp_path
):
    theme = draft_themes["arakawa"]
    year_label = fiscal_year_label(theme.fiscal_year)

    # Before: the public area page still shows 2023年度's theme.
    visitor = new_page()
    visitor.goto(site + "/areas/arakawa/")
    assert "2023年度の取り組みテーマ" in visitor.locator("#theme-heading").inner_text()

    sign_in(page, site, arakawa_coordinator)
    page.wait_for_url(site + "/admin/")

    # The theme list shows only 荒川区's themes; open this year's draft and edit it.
    page.get_by_role("link", name="取り組みテーマ", exact=True).first.click()
    page.wait_for_url("**/admin/areas/yearlytheme/")
    rows = page.locator("#result_list tbody tr")
    assert rows.filter(has_text="北区まちづくり").count() == 0
    row = rows.filter(has_text=theme.headline)
    row.get_by_role("link", name="荒川区まちづくり").click()
    page.wait_for_url(f"**/admin/areas/yearlytheme/{theme.pk}/change/")
    page.locator("input[name=headline]").fill(NEW_HEADLINE)
    page.locator("textarea[name=text]").fill(NEW_TEXT)
    page.locator("input[name=_save]").click()
    page.wait_for_url("**/admin/areas/yearlytheme/")
    assert "変更しました" in page.locator(".messagelist").inner_text()

    # A photo for a report of the monthly café (the report form's photo rows).
    report = ActivityReport.objects.filter(event__title="荒川コープカフェ").earliest("held_on")
    photo_file = tmp_path / "cafe.jpg"
    photo_file.write_bytes(image_bytes("JPEG", size=(320, 240)))
    page.goto(f"{site}/admin/events/activityreport/{report.pk}/change/")
    page.locator("input[name=new_photos]").set_input_files(photo_file)
    page.locator("input[name=new_photo_alt]").fill("カフェで話す参加者")
    page.locator("input[name=_continue]").click()
    page.wait_for_url(f"**/admin/events/activityreport/{report.pk}/change/")
    assert "変更しました" in page.locator(".messagelist").inner_text()
    thumbnail = page.get_by_role("img", name="カフェで話す参加者")
    assert thumbnail.is_visible()
    assert page.evaluate("img => img.naturalWidth", thumbnail.element_handle()) > 0

    # The preview (a new tab) shows the draft as the public would see it.
    page.goto(f"{site}/admin/areas/yearlytheme/")
    row = page.locator("#result_list tbody tr").filter(has_text=NEW_HEADLINE)
    with page.context.expect_page() as preview_info:
        row.get_by_role("link", name="表示").click()
    preview = preview_info.value
    preview.wait_for_load_state()
    assert "下書きプレビュー" in preview.get_by_role("note").inner_text()
    assert preview.locator(".theme-headline").inner_text() == NEW_HEADLINE
    assert NEW_TEXT in preview.locator(".theme-text").inner_text()
    preview.close()

    # Not yet public: the visitor still sees 2023年度.
    visitor.reload()
    assert NEW_HEADLINE not in visitor.locator("main").inner_text()

    # Publish with the list's action.
    row.locator("input[name=_selected_action]").check()
    page.locator("select[name=action]").select_option("publish")
    page.get_by_role("button", name="実行").click()
    assert "1件を公開しました。" in page.locator(".messagelist").inner_text()
    assert row.get_by_text("公開", exact=True).is_visible()

    # A visitor with no session sees the new theme at once.
    anonymous = new_page()
    anonymous.goto(site + "/areas/arakawa/")
    assert f"{year_label}の取り組みテーマ" in anonymous.locator("#theme-heading").inner_text()
    assert anonymous.locator(".theme-headline").inner_text() == NEW_HEADLINE
    assert NEW_TEXT in anonymous.locator(".theme-text").inner_text()
    visitor.reload()
    assert visitor.locator(".theme-headline").inner_text() == NEW_HEADLINE

    theme.refresh_from_db()
    assert theme.publication == PublicationStatus.PUBLISHED
    assert report.photos.filter(alt_text="カフェで話す参加者").count() == 1


def test_the_arakawa_coordinator_cannot_open_kitas_theme(
    page, site, arakawa_coordinator, draft_themes
):
    kita = draft_themes["kita"]
    sign_in(page, site, arakawa_coordinator)
    page.wait_for_url(site + "/admin/")

    response = page.goto(f"{site}/admin/areas/yearlytheme/{kita.pk}/change/")
    assert response.status == 404
    assert kita.headline not in page.content()
    response = page.goto(f"{site}/preview/themes/{kita.pk}/")
    assert response.status == 404
    assert kita.headline not in page.content()

    # Their own draft opens; 北区's stays unchanged.
    own = draft_themes["arakawa"]
    assert page.goto(f"{site}/admin/areas/yearlytheme/{own.pk}/change/").status == 200
    assert YearlyTheme.objects.get(pk=kita.pk).headline == kita.headline
