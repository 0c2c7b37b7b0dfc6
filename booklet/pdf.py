"""The yearly report as a PDF, rendered on the server by WeasyPrint.

The print is laid out like the hand-made topics sheet, not like the web page: a cover (title,
year, lead, and the publisher, date and contact when the year's edition gives them), then the
body: half the groups, the standards (基準) with the year's theme policy, the other half, then
the 設置推進 municipalities. Sections with nothing in them are left out. The figures go on
their own page only when asked for (`figures=True`). The web page keeps its own order.

Japanese text is set in Noto Sans CJK JP (Debian package fonts-noto-cjk), found through
fontconfig; WeasyPrint embeds the subset of glyphs used, with a ToUnicode map, so the PDF's
text can be searched and copied as Japanese.

Importing WeasyPrint sets Pillow's process-wide `ImageFile.LOAD_TRUNCATED_IMAGES` to True; it is
put back right after, so the rest of the process stays strict. (The upload check does not rely
on this: it forces strict decoding itself, see core/images.py.)
"""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from PIL import ImageFile

_load_truncated = ImageFile.LOAD_TRUNCATED_IMAGES
from weasyprint import CSS, HTML  # noqa: E402  (its import turns the flag on)

ImageFile.LOAD_TRUNCATED_IMAGES = _load_truncated

PRINT_STYLESHEET = "css/report-print.css"
THEME_POLICY_MARK = "◆"


def render_report_pdf(
    content: dict, *, is_draft: bool = False, figures: bool = False, request=None
) -> bytes:
    html = render_to_string(
        "booklet/pdf.html",
        {**print_context(content), "is_draft": is_draft, "with_figures": figures},
        request=request,
    )
    stylesheet = CSS(filename=finders.find(PRINT_STYLESHEET))
    return HTML(string=html).write_pdf(stylesheets=[stylesheet])


def print_context(content: dict) -> dict:
    """What the print template needs, from a content dict of any version."""
    edition = edition_words(content)
    areas = content.get("areas", [])
    half = (len(areas) + 1) // 2
    return {
        "report": content,
        "fiscal_year": content["fiscal_year"],
        "edition": edition,
        "areas_before": areas[:half],
        "areas_after": areas[half:],
        "common_themes": _themes_not_in(edition["theme_policy"], content.get("common_themes", [])),
        "has_plans": bool((content.get("plans") or {}).get("plans")),
        # Paper has no links: the sections name areas and members as plain text.
        "for_print": True,
    }


def edition_words(content: dict) -> dict:
    """The year's own words (content["edition"]); an older snapshot without them falls back on
    its title, introduction and charter. Missing words are "" so the template leaves them out."""
    edition = content.get("edition") or {}
    charter = content.get("charter") or {}
    words = {
        "title": edition.get("title") or content.get("title", ""),
        "lead": edition.get("lead") or content.get("introduction", ""),
        "theme_policy": edition.get("theme_policy") or charter.get("theme_policy", ""),
        "publisher": edition.get("publisher", ""),
        "published_on": edition.get("published_on", ""),
        "contact": edition.get("contact", ""),
    }
    # The template sets the ◆ itself, whether or not the words start with one.
    words["theme_policy"] = words["theme_policy"].strip().removeprefix(THEME_POLICY_MARK)
    return words


def _themes_not_in(policy: str, themes: list[dict]) -> list[dict]:
    """Common themes whose words the theme policy does not already say (the sheet's policy
    often spells out the common theme's line itself)."""
    return [t for t in themes if (t.get("description") or t["name"]) not in policy]
