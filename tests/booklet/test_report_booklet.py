"""The 2023 report page carries the seed booklet word for word, section by section."""

import re
from pathlib import Path

import pytest

from booklet import services
from tests.booklet.report_helpers import element_items, element_text

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parents[1] / "data" / "tokyo-coop-machizukuri-topics-2023.txt"
MARKS = "■ 　"


def parse_seed() -> dict:
    """The hand-written booklet, cut into the sections the report is made of."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    text = [line for line in lines if line]
    seed = {"title": text[0], "introduction": text[1]}
    seed["philosophy"] = text[text.index("理念") + 1]
    seed["purpose"] = text[text.index("目的") + 1 : text.index("目標")]
    seed["goals"] = [re.sub(r"^\d+\.\s*", "", line) for line in text if re.match(r"^\d+\. ", line)]
    policy_at = text.index("2023年度の取り組みテーマ")
    seed["theme_policy"] = text[policy_at + 1].lstrip("◆")
    seed["common_theme"] = text[policy_at + 2].lstrip("・")

    areas = []
    for i, line in enumerate(text):
        if line.startswith("■"):
            body, j = [], i + 1
            while not ("・" in text[j] and "。" not in text[j]):
                body.append(text[j])
                j += 1
            areas.append(
                {
                    "name": text[i - 1],
                    "headline": line.strip(MARKS),
                    "text": body,
                    "members": text[j].split("・"),
                }
            )
    seed["areas"] = areas

    promoting, current = [], None
    for line in text[text.index("まちづくり設置推進自治体") + 1 :]:
        if "。" not in line and line.endswith(("区", "市", "町", "村")):
            current = {"municipality": line, "text": []}
            promoting.append(current)
        else:
            current["text"].append(line)
    seed["promoting"] = promoting
    return seed


def lines(html: str, element_id: str) -> list[str]:
    return element_text(html, element_id).splitlines()


@pytest.fixture
def report_2023(client, demo, superuser):
    services.publish(2023, superuser)
    response = client.get("/reports/2023/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_seed_is_parsed_into_eight_areas_and_four_promoting_municipalities():
    seed = parse_seed()
    assert len(seed["areas"]) == 8
    assert len(seed["promoting"]) == 4
    assert len(seed["goals"]) == 3


def test_the_report_opens_with_the_booklets_title_and_introduction(report_2023):
    seed = parse_seed()
    assert element_text(report_2023, "booklet-title") == seed["title"]
    assert element_text(report_2023, "introduction") == seed["introduction"]


def test_the_shared_standards_are_word_for_word(report_2023):
    seed = parse_seed()
    assert element_text(report_2023, "philosophy") == seed["philosophy"]
    assert lines(report_2023, "purpose") == seed["purpose"]
    assert element_items(report_2023, "goals") == seed["goals"]


def test_the_years_theme_policy_and_common_theme_are_word_for_word(report_2023):
    seed = parse_seed()
    assert element_text(report_2023, "theme-policy") == seed["theme_policy"]
    section = element_text(report_2023, "year-themes")
    assert "生活困窮者支援" in section
    assert seed["common_theme"] in section


def test_every_active_area_block_matches_the_booklet_in_its_order(report_2023):
    seed = parse_seed()
    slugs = re.findall(r'<article class="area-block" id="area-([a-z0-9-]+)"', report_2023)
    assert [element_text(report_2023, f"area-{slug}-name") for slug in slugs] == [
        area["name"] for area in seed["areas"]
    ]
    for slug, area in zip(slugs, seed["areas"], strict=True):
        headline = element_text(report_2023, f"area-{slug}-headline")
        assert headline.strip(MARKS) == area["headline"], area["name"]
        assert lines(report_2023, f"area-{slug}-text") == area["text"], area["name"]
        assert element_items(report_2023, f"area-{slug}-members") == area["members"], area["name"]


def test_the_promoting_municipalities_follow_with_their_notes(report_2023):
    seed = parse_seed()
    slugs = re.findall(r'<article class="promoting-block" id="promoting-([a-z0-9-]+)"', report_2023)
    assert [element_text(report_2023, f"promoting-{slug}-name") for slug in slugs] == [
        p["municipality"] for p in seed["promoting"]
    ]
    for slug, entry in zip(slugs, seed["promoting"], strict=True):
        assert lines(report_2023, f"promoting-{slug}-text") == entry["text"]


def test_the_sections_come_in_the_booklets_order(report_2023):
    positions = [
        report_2023.index(f'id="{section}"')
        for section in [
            "booklet-title",
            "standards",
            "year-themes",
            "areas",
            "promoting",
            "figures",
        ]
    ]
    assert positions == sorted(positions)


def test_a_paused_group_stays_out_of_the_report(client, demo, superuser):
    from areas.models import AreaGroup, AreaStatus

    AreaGroup.objects.filter(slug="nerima").update(status=AreaStatus.PAUSED)
    services.publish(2023, superuser)
    html = client.get("/reports/2023/").content.decode()
    assert "練馬区まちづくり" not in element_text(html, "areas")
    assert 'id="area-arakawa"' in html


def test_the_english_report_translates_the_headings_and_marks_the_japanese_data(
    client, report_2023
):
    html = client.get("/en/reports/2023/").content.decode()
    assert "Standards of the Tokyo co-ops' community building" in html
    assert "Municipalities where a group is being set up" in html
    assert 'class="area-headline" lang="ja"' in html
    assert "知る・学ぶ・そして楽しむこと" in html


def test_the_site_menu_links_to_the_yearly_reports(client, db):
    assert '<a href="/reports/">年度報告</a>' in client.get("/").content.decode()
