"""Run in a subprocess by test_export_import.py, against the database in DATABASE_URL.

    python -m tests.portal.portability_pages seed          demo data, a superuser, a logo
    python -m tests.portal.portability_pages render OUT    every page to compare, as JSON

The pages: the public ones, every URL in the sitemap (its index, the index's pages and the
URLs they list) and the admin's change list for every model, seen by the superuser.
Per-request tokens (CSRF, CSP nonces) are blanked so the same data gives the same bytes.
"""

import json
import os
import re
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
django.setup()

from django.contrib import admin  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402

PUBLIC_URLS = ["/", "/en/", "/search/?q=ぼうさい"]  # the search: its index is rebuilt on import
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
VOLATILE = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r'nonce="[^"]+"'), 'nonce=""'),
    # The open data's ZIP is built anew in each database: when is not part of the data.
    (re.compile(r'<time [^>]*id="open-data-generated">[^<]*</time>'), "<time></time>"),
]


def seed():
    from coops.models import Organization
    from portal.demo.loader import load_demo

    load_demo()
    from allauth.mfa.totp.internal.auth import TOTP

    admin_user = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "pass-for-tests"
    )
    TOTP.activate(admin_user, "JBSWY3DPEHPK3PXP")  # web sign-in as superuser needs it
    organization = Organization.objects.order_by("pk").first()
    organization.logo.save("coop-logo.png", ContentFile(PNG))


def _sitemap_locs(client, path):
    """The paths a sitemap lists, following an index to its pages (/sitemap-<section>.xml)."""
    response = client.get(path)
    if response.status_code != 200:
        return []
    locs = [
        loc.replace("&amp;", "&")
        for loc in re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", response.content.decode())
    ]
    if b"<sitemapindex" not in response.content:
        return locs
    return [found for loc in locs for found in [loc, *_sitemap_locs(client, loc)]]


def urls(client):
    found = list(PUBLIC_URLS)
    try:
        sitemap = reverse("sitemap")
    except NoReverseMatch:
        sitemap = None
    if sitemap is not None:
        for loc in _sitemap_locs(client, sitemap):
            if loc not in found:
                found.append(loc)
    for model in admin.site._registry:
        found.append(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"))
    return found


def render(out):
    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    pages = {}
    for url in urls(client):
        response = client.get(url)
        body = response.content.decode()
        for pattern, replacement in VOLATILE:
            body = pattern.sub(replacement, body)
        pages[url] = {"status": response.status_code, "body": body}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(pages, handle, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        seed()
    elif sys.argv[1] == "render":
        render(sys.argv[2])
