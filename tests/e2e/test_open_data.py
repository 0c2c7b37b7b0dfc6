"""A resident on a phone (375 px) finds the open data from the footer, downloads the ZIP, and
its first CSV opens as UTF-8 with a byte-order mark (what Excel needs for Japanese)."""

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_downloads_the_open_data_from_the_footer_on_a_phone(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    page.locator("footer").get_by_role("link", name="オープンデータ").click()
    page.wait_for_url(site + "/open-data/")
    assert page.get_by_role("heading", level=1).inner_text() == "オープンデータ"
    assert page.get_by_text("クリエイティブ・コモンズ 表示 4.0 国際").first.is_visible()

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    link = page.get_by_role("link", name="オープンデータをダウンロード（ZIP）")
    box = link.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, box
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box

    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert re.fullmatch(r"machizukuri-open-data-\d{8}\.zip", download.suggested_filename)

    archive = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
    first_csv = next(name for name in archive.namelist() if name.endswith(".csv"))
    raw = archive.read(first_csv)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][0] == "code" and any(row[1] == "荒川区" for row in rows[1:])
    assert "README.md" in archive.namelist()
