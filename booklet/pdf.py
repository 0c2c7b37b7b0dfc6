"""The yearly report as a PDF, rendered on the server by WeasyPrint.

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

from booklet.sections import BOOKLET_SECTIONS

_load_truncated = ImageFile.LOAD_TRUNCATED_IMAGES
from weasyprint import CSS, HTML  # noqa: E402  (its import turns the flag on)

ImageFile.LOAD_TRUNCATED_IMAGES = _load_truncated

PRINT_STYLESHEET = "css/report-print.css"


def render_report_pdf(content: dict, *, is_draft: bool = False, request=None) -> bytes:
    html = render_to_string(
        "booklet/pdf.html",
        {
            "report": content,
            "fiscal_year": content["fiscal_year"],
            "is_draft": is_draft,
            "sections": BOOKLET_SECTIONS,
            # Paper has no links: the sections name areas and members as plain text.
            "for_print": True,
        },
        request=request,
    )
    stylesheet = CSS(filename=finders.find(PRINT_STYLESHEET))
    return HTML(string=html).write_pdf(stylesheets=[stylesheet])
