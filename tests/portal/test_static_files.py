"""In production, static files are collected with hashed names and compressed copies."""

import re
import subprocess
import sys

from tests.portal.test_deploy_check import ROOT, production_env

RENDER_HOME = """
import django; django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
response = Client(HTTP_HOST="machizukuri.example.org").get("/", secure=True)
print(response.status_code)
print(response.content.decode())
"""


def test_collectstatic_makes_hashed_compressed_files_that_pages_link_to(tmp_path):
    env = production_env(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_LOG_LEVEL="WARNING",
        DJANGO_CACHE="locmem",  # no cache table in this scratch database
    )
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert collect.returncode == 0, collect.stderr
    hashed = list((tmp_path / "static" / "css").glob("site.*.css"))
    assert hashed, "no hashed copy of site.css"
    assert (tmp_path / "static" / "css" / f"{hashed[0].name}.gz").exists()

    page = subprocess.run(
        [sys.executable, "-c", RENDER_HOME],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert page.returncode == 0, page.stderr
    status, _, html = page.stdout.partition("\n")
    assert status == "200"
    assert re.search(r'href="/static/css/site\.[0-9a-f]{12}\.css"', html)
