"""The yearly report's page links each area to its page and each member to its organization."""

import io
import re

import pytest
from pypdf import PdfReader

from areas.models import AreaGroup, Membership

pytestmark = pytest.mark.django_db


def test_each_area_block_links_to_the_area_page(client, published_2023):
    html = client.get("/reports/2023/").content.decode()
    areas = published_2023.content["areas"]
    assert len(areas) >= 8
    for area in areas:
        heading = re.search(rf'<h3 id="area-{area["slug"]}-name"[^>]*>(.*?)</h3>', html).group(1)
        group = AreaGroup.objects.get(slug=area["slug"])
        assert f'<a href="{group.get_absolute_url()}">{area["name"]}</a>' == heading
    # The page a link leads to is there.
    assert (
        client.get(AreaGroup.objects.get(slug=areas[0]["slug"]).get_absolute_url()).status_code
        == 200
    )


def test_each_member_links_to_its_organization_page(client, published_2023):
    html = client.get("/reports/2023/").content.decode()
    membership = Membership.objects.filter(fiscal_year=2023).select_related("organization").first()
    organization = membership.organization
    members = html[html.index(f'id="area-{membership.area_group.slug}-members"') :]
    assert f'<a href="/coops/{organization.slug}/">{organization.name}</a>' in members
    assert client.get(f"/coops/{organization.slug}/").status_code == 200


def test_the_english_page_links_to_the_english_area_pages(client, published_2023):
    html = client.get("/en/reports/2023/").content.decode()
    slug = published_2023.content["areas"][0]["slug"]
    assert f'<a href="/en/areas/{slug}/">' in html
    assert 'href="/en/coops/' in html


def test_the_links_follow_the_slug_frozen_in_the_snapshot(client, published_2023):
    slug = published_2023.content["areas"][0]["slug"]
    AreaGroup.objects.filter(slug=slug).update(name="名前を変えたグループ")
    html = client.get("/reports/2023/").content.decode()
    assert f'href="/areas/{slug}/"' in html
    assert "名前を変えたグループ" not in html  # the snapshot's name, not today's


def test_the_pdf_names_areas_and_members_without_links(client, published_2023):
    reader = PdfReader(io.BytesIO(client.get("/reports/2023.pdf").content))
    uris = [
        annotation.get_object().get("/A", {}).get("/URI", "")
        for page in reader.pages
        for annotation in page.get("/Annots", []) or []
    ]
    assert not [uri for uri in uris if "/areas/" in uri or "/coops/" in uri]
    text = "".join(page.extract_text() for page in reader.pages)
    assert published_2023.content["areas"][0]["name"] in text.replace("\n", "")
