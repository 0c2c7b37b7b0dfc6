"""The report's PDF is rendered on the server, with Japanese text that can be extracted."""

import io
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from pypdf import PdfReader

from booklet import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_2023(demo, superuser):
    return services.publish(2023, superuser)


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
