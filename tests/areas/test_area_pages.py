import pytest

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, Membership, PublicationStatus, YearlyTheme
from areas.services import tile_map
from core.fiscal_year import current_fiscal_year

pytestmark = pytest.mark.django_db


def test_area_list_groups_every_area_by_status(client, demo):
    html = client.get("/areas/").content.decode()
    active, promoting = html.index('id="status-active"'), html.index('id="status-promoting"')
    assert active < html.index("荒川区まちづくり", active) < promoting
    assert promoting < html.index("豊島区まちづくり", promoting)
    assert "生協のまちづくり☆八王子" in html
    # A status without groups is counted in the summary (0), not listed.
    assert '?network=tokyo&amp;status=paused#area-list"' in html


def test_the_tile_map_has_all_62_municipalities_with_text_labels(client, demo):
    response = client.get("/areas/")
    html = response.content.decode()
    assert len(response.context["map"]["tiles"]) == 62
    assert html.count('class="tile-cell ') == 62
    assert '<span class="tile-label" aria-hidden="true">千代田</span>' in html
    assert '<span class="tile-label" aria-hidden="true">八王子</span>' in html


def test_each_map_tile_with_a_group_links_to_it_and_says_its_status_in_words(client, demo):
    html = client.get("/areas/").content.decode()
    assert '<a href="/areas/arakawa/" class="tile tile-active">' in html
    assert '<a href="/areas/toshima/" class="tile tile-promoting">' in html
    assert "荒川区 — 荒川区まちづくり（活動中）" in html
    assert "豊島区 — 豊島区まちづくり（設置推進）" in html
    # The legend explains the patterns and marks, so colour is never the only clue.
    assert 'class="map-legend"' in html
    assert 'class="legend-swatch tile-promoting"' in html


def test_the_tile_map_places_each_municipality_on_its_own_square(db):
    regions = tile_map()["regions"]
    squares = {(r.slug, t.column, t.row) for r in regions for t in r.tiles}
    assert len(squares) == 62


def test_the_tile_map_has_the_23_wards_first_then_tama_and_the_islands(db):
    regions = tile_map()["regions"]
    assert [(r.slug, len(r.tiles)) for r in regions] == [
        ("wards", 23),
        ("tama", 30),
        ("islands", 9),
    ]
    assert "荒川区" in {t.municipality.name for t in regions[0].tiles}


def test_every_tile_has_an_english_name_shown_without_its_kind(db):
    tiles = tile_map()["tiles"]
    assert all(t.municipality.name_en for t in tiles)
    arakawa = next(t for t in tiles if t.municipality.name == "荒川区")
    assert arakawa.label_en.replace("\u00ad", "") == "Arakawa"


def test_area_page_shows_the_current_theme_members_in_booklet_order_and_links(client, demo):
    response = client.get("/areas/arakawa/")
    html = response.content.decode()
    assert "荒川区まちづくり" in html
    theme = YearlyTheme.objects.get(area_group__slug="arakawa", fiscal_year=2023)
    assert theme.text.splitlines()[0] in html
    members = list(
        Membership.objects.filter(area_group__slug="arakawa", fiscal_year=2023)
        .order_by("position")
        .values_list("organization__name", "organization__slug")
    )
    positions = [html.index(f'<a href="/coops/{slug}/">{name}</a>') for name, slug in members]
    assert positions == sorted(positions)
    assert "生活困窮者支援" in html or not theme.common_themes.exists()


def test_area_page_labels_a_past_years_theme_with_its_year(client, db):
    theme = YearlyThemeFactory(fiscal_year=2021, headline="三年前のテーマ")
    html = client.get(theme.area_group.get_absolute_url()).content.decode()
    assert "三年前のテーマ" in html
    assert "2021年度の取り組みテーマ" in html
    assert "今年度のテーマはまだ公開されていないため、2021年度のテーマを表示しています。" in html


def test_area_page_prefers_this_years_published_theme(client, demo):
    group = AreaGroup.objects.get(slug="arakawa")
    YearlyThemeFactory(
        area_group=group, fiscal_year=current_fiscal_year(), headline="今年度の新しいテーマ"
    )
    html = client.get("/areas/arakawa/").content.decode()
    assert "今年度の新しいテーマ" in html


def test_draft_themes_are_never_shown(client, demo):
    group = AreaGroup.objects.get(slug="arakawa")
    YearlyThemeFactory(
        area_group=group,
        fiscal_year=current_fiscal_year() + 1,
        headline="まだ下書きのテーマ",
        publication=PublicationStatus.DRAFT,
    )
    YearlyThemeFactory(
        area_group=group,
        fiscal_year=2022,
        headline="下書きの過去テーマ",
        publication=PublicationStatus.DRAFT,
    )
    assert "下書き" not in client.get("/areas/arakawa/").content.decode()
    assert client.get("/areas/arakawa/2022/").status_code == 404


def test_promoting_municipality_shows_its_note_and_status(client, demo):
    html = client.get("/areas/toshima/").content.decode()
    assert "設置推進" in html
    assert "「としま見守りレンズ」がスタート" in html


def test_area_year_page_shows_that_years_theme_events_and_reports(client, demo):
    html = client.get("/areas/arakawa/2023/").content.decode()
    assert "2023年度の活動・イベント" in html
    assert "荒川コープカフェ" in html
    assert "地域を知る学習会「荒川区の地域福祉」" in html
    assert "実施報告" in html


def test_area_page_lists_upcoming_events_and_the_history_of_themes(client, demo):
    html = client.get("/areas/arakawa/").content.decode()
    assert "これからの活動・イベント" in html
    assert "これまでの取り組みテーマ" in html
    assert 'href="/areas/arakawa/2023/"' in html
    assert 'href="/areas/arakawa/events.ics"' in html


def test_unknown_area_and_year_without_theme_are_friendly_404s(client, demo):
    response = client.get("/areas/no-such-place/")
    assert response.status_code == 404
    assert "ページが見つかりません" in response.content.decode()
    assert client.get("/areas/arakawa/1999/").status_code == 404


def test_a_year_the_portal_does_not_know_is_a_404_without_a_query(
    client, demo, django_assert_num_queries
):
    with django_assert_num_queries(0):
        assert client.get("/areas/arakawa/99999999999999999999/").status_code == 404


def test_english_area_page(client, demo):
    html = client.get("/en/areas/arakawa/").content.decode()
    assert "Member organizations" in html
    assert 'href="/en/coops/coop-mirai/"' in html


@pytest.mark.parametrize(
    "url", ["/areas/", "/areas/arakawa/", "/areas/arakawa/2023/", "/areas/toshima/"]
)
def test_area_pages_run_a_fixed_number_of_queries(client, bulk, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert client.get(url).status_code == 200


def test_english_map_and_list_give_english_municipality_names(client, demo):
    html = client.get("/en/areas/").content.decode()
    assert "荒川区 (Arakawa City)" in html
    assert "Active" in html
