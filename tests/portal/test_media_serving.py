"""Uploaded files are never served as a web page."""

import pytest

from coops.models import Organization


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logos").mkdir()
    return tmp_path


def logo_named(name):
    """A row naming the file: files no row names are not served (see test_media_access.py)."""
    return Organization.objects.create(name=name, slug="coop", kind="regional_coop", logo=name)


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "notes.htm", "no-suffix"])
def test_an_uploaded_document_is_a_download_never_html(client, db, media_root, name):
    (media_root / "logos" / name).write_text("<script>alert(1)</script>")
    logo_named(f"logos/{name}")
    response = client.get(f"/media/logos/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_an_uploaded_image_is_shown_inline_as_an_image(client, db, media_root):
    (media_root / "logos" / "coop.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    logo_named("logos/coop.png")
    response = client.get("/media/logos/coop.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_media_paths_cannot_climb_out_of_the_media_folder(client, db, media_root):
    (media_root.parent / "secret.txt").write_text("not for the web")
    response = client.get("/media/../secret.txt")
    assert response.status_code in (400, 404)
    assert b"not for the web" not in response.content
