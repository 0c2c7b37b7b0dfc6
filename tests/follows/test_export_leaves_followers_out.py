"""A portal export carries no follower's address (followers are residents' personal data)."""

import zipfile

import pytest

from follows.models import Follower
from portal.portability import export_portal

pytestmark = pytest.mark.django_db


def test_an_export_of_the_portal_leaves_the_followers_out(tmp_path, make_follower):
    make_follower(email="hanako@example.org")
    archive = tmp_path / "portal.zip"

    manifest = export_portal(archive)

    assert Follower._meta.label_lower not in manifest["models"]
    with zipfile.ZipFile(archive) as opened:
        assert "hanako@example.org" not in opened.read("data.json").decode()
