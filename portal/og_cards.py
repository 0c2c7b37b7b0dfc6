"""Share cards (og:image): a 1200×630 PNG with a page's title, its area and the site's name.

The rule:
- Only a public object has a card: a draft event or report, an unpublished plan finds
  nothing (`public_object`), so a draft's title never leaves the site through its card.
- A card is drawn once per (kind, object, content hash of title + area + language) and kept
  in the default cache; a changed title gives a new hash, so a new card. When the cache is
  down the card is drawn anyway (never a 500 for a picture).
- The text is set in Noto Sans CJK (settings.OG_CARD_FONT, else fontconfig, else the Debian
  path). Without it Pillow's own font is used: the card is plainer, but it is there.
"""

import functools
import glob
import hashlib
import io
import logging
import shutil
import subprocess

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from areas.models import AreaGroup
from events.models import ActivityReport, Event
from plans.models import AreaPlan

logger = logging.getLogger(__name__)

SIZE = WIDTH, HEIGHT = 1200, 630
CACHE_SECONDS = 30 * 24 * 3600
DRAWING_VERSION = "1"  # bump when the drawing changes: every card is drawn anew
MAX_LINES = 3
NO_LINE_START = "、。，．・：；）」』】〕〉》)]}！？!?ーぁぃぅぇぉっゃゅょァィゥェォッャュョ"
FONT_GLOB = "/usr/share/fonts/opentype/noto/NotoSansCJK-{style}.ttc"

BACKGROUND = (250, 246, 238)
BAND = (31, 92, 74)
ACCENT = (233, 161, 62)
INK = (34, 34, 34)
MUTED = (90, 90, 90)


def public_object(kind: str, pk: int):
    """The public object a card may show, or None (unknown kind, draft, missing)."""
    querysets = {
        "event": lambda: Event.objects.published().prefetch_related("area_groups"),
        "report": lambda: (
            ActivityReport.objects.published()
            .select_related("event")
            .prefetch_related("event__area_groups")
        ),
        "area": lambda: AreaGroup.objects.select_related("municipality"),
        "plan": lambda: AreaPlan.objects.published().select_related("area_group"),
    }
    if kind not in querysets:
        return None
    return querysets[kind]().filter(pk=pk).first()


def card_text(kind: str, obj) -> tuple[str, str]:
    """(title, area) for an object's card; the site's own card has no area."""
    if kind == "event":
        return obj.title, _area_names(obj.area_groups.all())
    if kind == "report":
        title = _("%(title)s（%(date)s）の実施報告") % {
            "title": obj.event.title,
            "date": date_format(obj.held_on, "DATE_FORMAT"),
        }
        return title, _area_names(obj.event.area_groups.all())
    if kind == "area":
        return obj.name, obj.municipality.name
    if kind == "plan":
        return obj.title, obj.area_group.name
    return _("ひとりぼっちにしないまちづくり"), ""


def _area_names(groups) -> str:
    return "・".join(group.name for group in groups)


def content_hash(title: str, area: str) -> str:
    text = "\n".join([DRAWING_VERSION, title, area, get_language() or ""])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def card_url(kind: str = "site", obj=None) -> str:
    """The card's path, with its content hash so a changed title is a new address."""
    title, area = card_text(kind, obj)
    path = reverse("og_site_card") if obj is None else reverse("og_card", args=[kind, obj.pk])
    return f"{path}?v={content_hash(title, area)}"


def card_png(kind: str, obj) -> tuple[bytes, str]:
    """(PNG bytes, content hash), from the cache when it was drawn before."""
    title, area = card_text(kind, obj)
    digest = content_hash(title, area)
    key = f"og-card:{kind}:{getattr(obj, 'pk', 0)}:{digest}"
    try:
        png = cache.get(key)
    except Exception:  # a cache that is down must not stop the picture
        logger.warning("og card cache unavailable (get)", exc_info=True)
        png = None
    if png is None:
        png = render_card(title, area, _("東京の生協のまちづくり"))
        try:
            cache.set(key, png, CACHE_SECONDS)
        except Exception:
            logger.warning("og card cache unavailable (set)", exc_info=True)
    return png, digest


def render_card(title: str, area: str, site_name: str) -> bytes:
    """Draw the card: a coloured band with the site's name, the title, the area."""
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 110), fill=BAND)
    draw.rectangle((0, 110, WIDTH, 122), fill=ACCENT)
    draw.text((70, 55), site_name, font=_font(44, bold=True), fill=(255, 255, 255), anchor="lm")
    title_font = _font(64, bold=True)
    lines = _wrap(title, title_font, WIDTH - 140)
    y = 190
    for line in lines:
        draw.text((70, y), line, font=title_font, fill=INK)
        y += 88
    if area:
        draw.text((70, HEIGHT - 70), area, font=_font(40), fill=MUTED, anchor="ls")
    # A small mark of houses along a street, drawn, not a picture.
    for index, x in enumerate(range(WIDTH - 300, WIDTH - 60, 80)):
        top = HEIGHT - 150 - (index % 2) * 20
        draw.rectangle((x, top, x + 56, HEIGHT - 60), fill=BAND)
        draw.polygon([(x - 6, top), (x + 28, top - 30), (x + 62, top)], fill=ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, font, width: int) -> list[str]:
    """At most MAX_LINES lines no wider than `width`, broken between any two characters
    (Japanese has no spaces) but never before closing punctuation (禁則); a Latin word is
    kept whole when it fits on a line."""
    lines, line = [], ""
    for char in text:
        if font.getlength(line + char) <= width:
            line += char
            continue
        head, space, tail = line.rpartition(" ")
        if space and head and char != " ":
            lines.append(head)
            line = tail + char
        elif char in NO_LINE_START and len(line) > 1:
            lines.append(line[:-1])
            line = line[-1] + char
        else:
            lines.append(line)
            line = char.lstrip()
    if line:
        lines.append(line)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _font(size: int, bold: bool = False):
    path = font_path(bold)
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            logger.warning("og card font unreadable: %s", path)
    return ImageFont.load_default(size)


@functools.cache
def font_path(bold: bool = False) -> str | None:
    """Noto Sans CJK: settings.OG_CARD_FONT, fontconfig's answer, or the Debian path."""
    configured = getattr(settings, "OG_CARD_FONT", "")
    if configured:
        return configured
    style = "Bold" if bold else "Regular"
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", f"Noto Sans CJK JP:style={style}"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if "NotoSansCJK" in found:
            return found
    matches = sorted(glob.glob(FONT_GLOB.format(style=style)))
    return matches[0] if matches else None
