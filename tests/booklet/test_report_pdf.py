"""The report's PDF is rendered on the server, with Japanese text that can be extracted."""

import io
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from pypdf import PdfReader

from booklet import services

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "".join(page.extract_text() for page in reader.pages)


def test_the_pdf_carries_the_booklets_japanese_headlines(client, published_2023):
    response = client.get("/reports/2023.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content).replace("\n", "")
    for headline in [
        "ひとりぼっちにしないまちづくり",
        "知る・学ぶ・そして楽しむこと",
        "北区の防災に向き合おう",
        "生協のまちづくり☆八王子",
        "まちづくり設置推進自治体",
    ]:
        assert headline in text


def test_the_pdf_embeds_its_japanese_font(client, published_2023):
    reader = PdfReader(io.BytesIO(client.get("/reports/2023.pdf").content))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                fonts.add(str(font["/BaseFont"]))
    assert any("CJK-JP" in name or "JP" in name for name in fonts), fonts


def test_the_pdf_has_a4_pages(client, published_2023):
    reader = PdfReader(io.BytesIO(client.get("/reports/2023.pdf").content))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    # A4 is 210 × 297 mm: 595 × 842 points.
    assert (round(float(width)), round(float(height))) == (595, 842)
    assert len(reader.pages) >= 3


def test_a_staff_draft_pdf_says_it_is_a_draft(client, unpublished_demo, superuser):
    client.force_login(superuser)
    response = client.get("/reports/2023.pdf")
    assert response.status_code == 200
    assert "下書き" in pdf_text(response.content)


def test_the_page_links_a_print_stylesheet_for_a4(client, published_2023):
    html = client.get("/reports/2023/").content.decode()
    assert 'href="/static/css/report-print.css" media="print"' in html
    css = Path(finders.find("css/report-print.css")).read_text(encoding="utf-8")
    assert "size: A4" in css


def test_a_republished_report_gets_a_fresh_pdf(client, published_2023, superuser):
    from areas.models import YearlyTheme

    client.get("/reports/2023.pdf")
    YearlyTheme.objects.filter(fiscal_year=2023, area_group__slug="kita").update(
        headline="新しい防災の見出し"
    )
    assert "新しい防災の見出し" not in pdf_text(client.get("/reports/2023.pdf").content)
    services.publish(2023, superuser)
    text = pdf_text(client.get("/reports/2023.pdf").content).replace("\n", "")
    assert "新しい防災の見出し" in text


# The printed booklet (issue 13): a cover, then the body on two A4 pages.

EDITION = {
    "title": "東京の生協のまちづくり活動トピックス",
    "lead": "それぞれの自治体別まちづくりで決めた2023年度の取り組みテーマを大切にします。",
    "theme_policy": "◆メンバーで協議の上で、それぞれの地域で大切にしたいテーマを設定します。",
    "publisher": "東京の生協のまちづくり連絡会",
    "published_on": "2023-06-01",
    "contact": "事務局 電話 03-0000-0000",
}


def page_texts(content: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(content))
    return [page.extract_text().replace("\n", "") for page in reader.pages]


def render(year=2023, **changes) -> list[str]:
    from booklet.pdf import render_report_pdf

    content = {**services.build_report(year), **changes}
    return page_texts(render_report_pdf(content))


def test_the_2023_booklet_prints_as_a_cover_and_two_a4_pages(client, published_2023):
    pages = page_texts(client.get("/reports/2023.pdf").content)
    assert len(pages) == 3


def test_the_cover_names_the_booklet_and_its_year_and_nothing_else(client, published_2023):
    cover, *body = page_texts(client.get("/reports/2023.pdf").content)
    assert "東京の生協のまちづくり活動トピックス" in cover
    assert "2023年度" in cover
    for body_words in ["ひとりぼっちにしないまちづくり", "北区の防災に向き合おう"]:
        assert body_words not in cover
        assert body_words in "".join(body)


def test_the_cover_gives_the_editions_publisher_date_and_contact(demo):
    cover = render(edition=EDITION)[0]
    assert EDITION["publisher"] in cover
    assert "2023年6月1日" in cover
    assert EDITION["contact"] in cover


def test_the_cover_shows_no_empty_label_when_the_edition_gives_nothing(demo):
    cover = render(edition=dict.fromkeys(EDITION, ""))[0]
    for label in ["発行", "連絡先"]:
        assert label not in cover


def test_the_print_uses_the_editions_title_and_lead(demo):
    title = "2023年度 まちづくり活動トピックス（特別号）"
    pages = render(edition={**EDITION, "title": title})
    assert title in pages[0]
    assert EDITION["lead"] in "".join(pages)


def test_the_print_leaves_out_the_plans_section_when_there_are_no_plans(client, published_2023):
    text = "".join(page_texts(client.get("/reports/2023.pdf").content))
    assert "わたまちプラン" not in text


def test_the_print_keeps_the_plans_section_when_there_are_plans(demo):
    plans = {**services.build_report(2023)["plans"], "plans": 2}
    assert "わたまちプランの取り組み" in "".join(render(plans=plans))


def test_the_print_leaves_out_the_figures_unless_asked(client, published_2023):
    pages = page_texts(client.get("/reports/2023.pdf").content)
    assert "データで見る" not in "".join(pages)


def test_figures_1_adds_the_figures_on_their_own_page(client, published_2023):
    client.get("/reports/2023.pdf")  # the plain PDF is cached first: figures must not reuse it
    pages = page_texts(client.get("/reports/2023.pdf?figures=1").content)
    assert len(pages) == 4
    assert "データで見る2023年度" in pages[-1]
    assert "生協のまちづくり☆八王子" in pages[-1]
    assert "データで見る" not in "".join(pages[:-1])


def test_the_report_page_offers_the_pdf_with_its_figures(client, published_2023):
    html = client.get("/reports/2023/").content.decode()
    assert 'href="/reports/2023.pdf?figures=1"' in html


def test_the_body_keeps_the_sheets_order_groups_around_the_standards(client, published_2023):
    text = "".join(page_texts(client.get("/reports/2023.pdf").content)[1:])
    order = [
        "荒川区まちづくり",
        "ひとりぼっちにしないまちづくり",
        "2023年度の取り組みテーマ",
        "生協のまちづくり☆八王子",
        "まちづくり設置推進自治体",
        "三鷹市",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)


def test_the_japanese_text_is_extractable_whole(client, published_2023):
    text = "".join(page_texts(client.get("/reports/2023.pdf").content))
    for sentence in [
        "誰もが「自分らしく」安心して",
        "メンバーで協議の上で、それぞれの地域で大切にしたいテーマを設定して、取り組みます。",
        "「としま見守りレンズ」がスタート。",
        "コープみらい・パルシステム東京・東都生協・西都保健生協",
    ]:
        assert sentence in text


def test_a_draft_is_marked_on_every_page(client, demo, superuser):
    client.force_login(superuser)
    pages = page_texts(client.get("/reports/2023.pdf?draft=1").content)
    assert all("下書き" in page for page in pages)


def test_the_body_pages_are_numbered_from_one_after_the_cover(client, published_2023):
    cover, *body = page_texts(client.get("/reports/2023.pdf").content)
    assert "–" not in cover
    for number, page in enumerate(body, start=1):
        assert f"2023年度 東京の生協のまちづくり活動トピックス – {number} –" in page


def test_an_editions_policy_that_spells_out_the_common_theme_says_it_once(demo):
    line = services.build_report(2023)["common_themes"][0]["description"]
    policy = f"◆メンバーで協議の上で、テーマを設定します。\n・{line}"
    text = "".join(render(edition={**EDITION, "theme_policy": policy}))
    assert text.count(line) == 1
    assert text.count("◆") == 1
