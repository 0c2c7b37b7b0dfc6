"""The admin in Japanese: no English on any page a coordinator or the 事務局 opens.

Django 6.x added strings its own ja catalogue lacks (「- Select an option -」, 「Filter by …」,
the calendar's time-zone note); locale_upstream/ja supplies them. The page walk catches what a
person would read; the catalogue check catches a string new in the next Django or allauth
before anyone opens the page that shows it.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import allauth
import django
import pytest
import simple_history
from django.contrib import admin
from django.urls import reverse
from django.utils.translation import trans_real

pytestmark = pytest.mark.django_db

# Strings seen in the Japanese admin before the fix, then the admin's common English words.
KNOWN_ENGLISH = ["Select an option", "Filter by", "Note: ", "hours ahead", "Logout"]
ENGLISH_WORDS = {
    "Add", "All", "Actions", "Cancel", "Change", "Choose", "Clear", "Close", "Delete", "Filter",
    "Go", "History", "Home", "Hide", "Log", "Logout", "More", "Next", "No", "Note", "Now",
    "Password", "Previous", "Remove", "Save", "Search", "Select", "Show", "Today", "Tomorrow",
    "View", "Welcome", "Yes", "Yesterday", "ahead", "behind", "object", "objects", "option",
    "selected", "server", "timezone",
}  # fmt: skip
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}


class _Words(HTMLParser):
    """The text a person reads or hears: text outside script/style, labels in attributes,
    button values."""

    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        attributes = dict(attrs)
        for name in READ_ATTRIBUTES & attributes.keys():
            self.parts.append(attributes[name] or "")
        if attributes.get("type") in ("submit", "button") and attributes.get("value"):
            self.parts.append(attributes["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def english_in(html):
    reader = _Words()
    reader.feed(html)
    text = " ".join(reader.parts)
    found = {s for s in KNOWN_ENGLISH if s in text}
    return found | (set(re.findall(r"[A-Za-z]+", text)) & ENGLISH_WORDS)


def admin_pages(area_rows):
    """Every page of every admin model, for 荒川区's rows, with a filter and a date drill-down."""
    row = area_rows["arakawa"]
    pages = [reverse("admin:index"), reverse("admin:password_change")]
    for model in admin.site._registry:
        meta = model._meta
        name = f"admin:{meta.app_label}_{meta.model_name}"
        pages += [reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        obj = row.get(meta.model_name)
        if obj is not None:
            pages += [
                reverse(f"{name}_{page}", args=[obj.pk]) for page in ("change", "delete", "history")
            ]
    pages.append(reverse("admin:events_event_changelist") + "?starts_at__year=2030")
    pages.append(reverse("admin:areas_yearlytheme_changelist") + "?publication__exact=draft")
    return pages


@pytest.mark.parametrize("persona", ["coordinator_a", "secretariat"])
def test_no_admin_page_shows_english_in_japanese(request, client, area_rows, persona):
    client.force_login(request.getfixturevalue(persona))
    english = {}
    for url in admin_pages(area_rows):
        response = client.get(url)
        found = english_in(response.text) if response.status_code == 200 else None
        if found:
            english[url] = found
    assert english == {}


def test_the_signed_out_page_is_in_japanese(client, coordinator_a):
    client.force_login(coordinator_a)
    assert english_in(client.post(reverse("admin:logout")).text) == set()


def test_the_select_prompt_and_the_filter_heading_are_japanese(admin_client, area_rows):
    page = admin_client.get(reverse("admin:events_event_changelist")).text
    assert "開始日時で絞り込む" in page
    add_form = admin_client.get(reverse("admin:plans_areaplan_add")).text
    assert "- 選択してください -" in add_form


# --- the catalogues: every msgid Django and allauth can show, translated ----------------

PACKAGES = [
    Path(django.__file__).parent / "conf",
    *(Path(django.__file__).parent / "contrib" / app for app in ("admin", "auth")),
    Path(django.__file__).parent / "contrib" / "contenttypes",
    Path(allauth.__file__).parent,
    Path(simple_history.__file__).parent,
]


def source_catalogue(package, domain):
    """The package's list of msgids: its English catalogue, else (simple_history ships no
    English one) its German one."""
    for language in ("en", "de"):
        po = package / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            return po
    return None


def msgids(po_file):
    """The msgids of a .po file (context-free ones, as gettext looks them up)."""
    text = po_file.read_text(encoding="utf-8")
    found = []
    for block in re.split(r"\n\s*\n", text):
        if "msgctxt" in block or block.lstrip().startswith("#~"):
            continue
        match = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if match:
            msgid = "".join(re.findall(r'"(.*)"', match.group(1)))
            if msgid:
                found.append(msgid.encode().decode("unicode_escape").encode("latin-1").decode())
    return found


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_string_of_django_and_allauth_has_japanese(domain):
    catalog = trans_real.DjangoTranslation(
        "ja",
        domain=domain,
        localedirs=None if domain == "django" else [str(p / "locale") for p in PACKAGES],
    )._catalog
    keys = {k if isinstance(k, str) else k[0] for k, _text in catalog.items()}
    missing = {
        msgid
        for package in PACKAGES
        for po in [source_catalogue(package, domain)]
        if po is not None
        for msgid in msgids(po)
        if msgid not in keys
    }
    assert missing == set()
