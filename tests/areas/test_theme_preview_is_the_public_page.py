"""Preview is the public page: a theme previews as the area's page for its year
(areas/area_detail.html, the public view's own context: members, sections, history), marked
as a preview, never indexed nor cached; from a saved draft and from the admin form before
saving, which stores nothing. Another area's theme or group does not exist for a coordinator."""

import pytest
from django.urls import reverse

from areas.factories import MembershipFactory, YearlyThemeFactory
from areas.models import PublicationStatus, YearlyTheme
from tests.adminforms import form_data

pytestmark = pytest.mark.django_db

ADD_PREVIEW = reverse("admin:areas_yearlytheme_add_preview")


def assert_is_the_marked_area_page(response):
    html = response.content.decode()
    assert response.status_code == 200
    assert "areas/area_detail.html" in [t.name for t in response.templates]
    assert 'id="preview-banner"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"]


def test_a_saved_draft_theme_previews_as_its_areas_year_page_with_members(
    client, coordinator_a, area_rows
):
    theme = area_rows["arakawa"]["yearlytheme"]
    member = area_rows["arakawa"]["membership"]
    YearlyThemeFactory(area_group=theme.area_group, fiscal_year=2023, headline="昔の公開テーマ")
    client.force_login(coordinator_a)
    response = client.get(reverse("staff:theme_preview", args=[theme.pk]))
    assert_is_the_marked_area_page(response)
    html = response.content.decode()
    assert theme.headline in html
    assert member.organization.name in html  # the members, as on the public page
    assert "昔の公開テーマ" in html  # the history of published themes
    assert "下書きプレビュー" in html
    assert response.context["theme"] == theme


def test_a_coordinator_cannot_preview_another_areas_theme(client, coordinator_b, area_rows):
    client.force_login(coordinator_b)
    theme = area_rows["arakawa"]["yearlytheme"]
    assert client.get(reverse("staff:theme_preview", args=[theme.pk])).status_code == 404
    url = reverse("admin:areas_yearlytheme_preview", args=[theme.pk])
    assert client.post(url, {"headline": "乗っ取り"}).status_code == 404


def theme_state():
    return (
        YearlyTheme.objects.count(),
        YearlyTheme.history.count(),
        list(YearlyTheme.objects.order_by("pk").values_list("pk", "headline", "version")),
    )


def test_previewing_an_unsaved_theme_shows_the_typed_words_and_stores_nothing(
    client, coordinator_a, area_rows
):
    group = area_rows["arakawa"]["areagroup"]
    MembershipFactory(area_group=group, fiscal_year=2023)
    client.force_login(coordinator_a)
    page = client.get(reverse("admin:areas_yearlytheme_add"))
    data = form_data(
        page,
        "yearlytheme_form",
        area_group=str(group.pk),
        fiscal_year="2023",
        headline="保存前の見出し",
        text="保存前の本文です。",
    )
    before = theme_state()
    response = client.post(ADD_PREVIEW, data)
    assert_is_the_marked_area_page(response)
    html = response.content.decode()
    assert "保存前の見出し" in html and "保存前の本文です。" in html
    assert "保存前のプレビュー" in html
    assert theme_state() == before


def test_previewing_an_unsaved_change_keeps_the_saved_theme(client, coordinator_a, area_rows):
    theme = area_rows["arakawa"]["yearlytheme"]
    client.force_login(coordinator_a)
    url = reverse("admin:areas_yearlytheme_change", args=[theme.pk])
    data = form_data(
        client.get(url), "yearlytheme_form", headline="書きかけ", publication="published"
    )
    before = theme_state()
    response = client.post(reverse("admin:areas_yearlytheme_preview", args=[theme.pk]), data)
    assert_is_the_marked_area_page(response)
    assert "書きかけ" in response.content.decode()
    assert theme_state() == before
    theme.refresh_from_db()
    assert theme.publication == PublicationStatus.DRAFT


def test_a_coordinator_cannot_preview_a_theme_for_another_area(client, coordinator_a, area_rows):
    client.force_login(coordinator_a)
    page = client.get(reverse("admin:areas_yearlytheme_add"))
    data = form_data(
        page,
        "yearlytheme_form",
        area_group=str(area_rows["kita"]["areagroup"].pk),
        fiscal_year="2023",
        headline="北区のつもりの見出し",
        text="本文",
    )
    response = client.post(ADD_PREVIEW, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "プレビューできませんでした" in html
    assert "北区のつもりの見出し" not in html
