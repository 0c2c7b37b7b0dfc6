"""The coordinators' guide (ヘルプ, /admin/help/): a staff page in the admin's layout, linked
from every admin page, whose pictures are exactly the screenshots that
scripts/guide_screenshots.py takes (static/guide/), each with its real size and alt text."""

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "guide_screenshots.py"
GUIDE_URL = "/admin/help/"


def script_screens():
    """The script's table, read without running the script (it only runs under __main__)."""
    spec = importlib.util.spec_from_file_location("guide_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SCREENS


class PageParts(HTMLParser):
    """The <img> tags, the ids of headings and the in-page links of a page."""

    def __init__(self):
        super().__init__()
        self.images, self.heading_ids, self.anchors, self.tags = [], set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "img":
            self.images.append(attrs)
        if re.fullmatch(r"h[1-6]", tag) and attrs.get("id"):
            self.heading_ids.add(attrs["id"])
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.anchors.append(attrs["href"][1:])


def guide_parts(client, user):
    client.force_login(user)
    response = client.get(GUIDE_URL)
    assert response.status_code == 200
    parts = PageParts()
    parts.feed(response.content.decode())
    return parts


def guide_images(parts):
    prefix = settings.STATIC_URL + "guide/"
    return [img for img in parts.images if img["src"].startswith(prefix)]


def file_name(img):
    return img["src"].rsplit("/", 1)[1]


def test_the_guide_is_named_guide_and_lives_in_the_admin():
    assert reverse("guide") == GUIDE_URL


def test_every_picture_in_the_guide_is_a_screenshot_in_static_guide_with_its_real_size(
    client, coordinator_a
):
    images = guide_images(guide_parts(client, coordinator_a))
    assert images
    for img in images:
        found = finders.find(f"guide/{file_name(img)}")
        assert found, f"static/guide/{file_name(img)} is missing: run `make guide`"
        with Image.open(found) as picture:
            assert (int(img["width"]), int(img["height"])) == picture.size, file_name(img)


def test_every_screen_the_script_takes_is_shown_in_the_guide_and_no_other(client, coordinator_a):
    shown = {file_name(img) for img in guide_images(guide_parts(client, coordinator_a))}
    assert shown == {screen.file for screen in script_screens()}


def test_each_picture_says_in_its_alt_text_what_it_shows(client, coordinator_a):
    for img in guide_images(guide_parts(client, coordinator_a)):
        assert len(img.get("alt", "")) >= 10, file_name(img)


def test_the_table_of_contents_links_to_every_section_heading(client, coordinator_a):
    parts = guide_parts(client, coordinator_a)
    assert {"main", "nav"} <= set(parts.tags)
    contents = {anchor for anchor in parts.anchors if anchor.startswith("guide-")}
    sections = parts.heading_ids - {"guide-toc"}
    assert len(sections) == 8
    assert contents == sections


def test_a_coordinator_reads_the_guide_in_japanese(client, coordinator_a):
    client.force_login(coordinator_a)
    page = client.get(GUIDE_URL).content.decode()
    for heading in ["スタートページ", "前年度からコピー", "毎月第", "プレビュー", "困ったとき"]:
        assert heading in page


def test_every_admin_page_links_to_the_guide(client, coordinator_a):
    client.force_login(coordinator_a)
    for url in ["/admin/", "/admin/events/event/", "/admin/events/event/add/", GUIDE_URL]:
        page = client.get(url).content.decode()
        links = re.search(r'<div id="user-tools">(.*?)</div>', page, re.S).group(1)
        assert f'href="{GUIDE_URL}"' in links and "ヘルプ" in links, url


def test_a_visitor_not_signed_in_is_sent_to_sign_in_and_comes_back_to_the_guide(client):
    response = client.get(GUIDE_URL)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/") and "next=/admin/help/" in response.url


def test_a_resident_without_staff_access_cannot_read_the_guide(client, resident):
    client.force_login(resident)
    response = client.get(GUIDE_URL)
    assert response.status_code == 302 and response.url.startswith("/admin/login/")


def test_the_guide_runs_a_fixed_number_of_queries(
    client, bulk, coordinator_a, django_assert_num_queries
):
    """Many areas, events and reports: the guide reads none of them (session, user, the
    permissions the admin's menu needs)."""
    client.force_login(coordinator_a)
    client.get(GUIDE_URL)
    with django_assert_num_queries(5):
        assert client.get(GUIDE_URL).status_code == 200
