"""Share links and og:image tags for public pages.

`{% share_links title %}`: LINE, X, Facebook and mail as plain links (no third-party script,
nothing loaded from another site until the visitor taps one), each with the page's absolute
address, the Japanese one on a Japanese page and the /en/ one on an English page, encoded.

`{% og_image_meta kind obj photo=… %}`: og:image and twitter:card for a page. A public photo
when the page has one, otherwise the drawn card (portal/og_cards.py); the site's card when
there is no object. Always absolute addresses.
"""

from urllib.parse import quote

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from portal import og_cards

register = template.Library()


def _q(value: str) -> str:
    return quote(value, safe="")


def share_urls(page_url: str, title: str) -> list[tuple[str, str, str]]:
    """(service, label, address) of each share link."""
    url, text = _q(page_url), _q(title)
    return [
        ("line", _("LINEで送る"), f"https://social-plugins.line.me/lineit/share?url={url}"),
        ("x", _("Xでポスト"), f"https://x.com/intent/post?url={url}&text={text}"),
        ("facebook", _("Facebookでシェア"), f"https://www.facebook.com/sharer/sharer.php?u={url}"),
        ("mail", _("メールで送る"), f"mailto:?subject={text}&body={text}%0A{url}"),
    ]


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, title):
    request = context["request"]
    return {"links": share_urls(request.build_absolute_uri(request.path), str(title))}


@register.simple_tag(takes_context=True)
def og_image_meta(context, kind="site", obj=None, photo=None):
    request = context.get("request")
    if request is None:
        return ""
    if photo is not None and photo.image:
        url, width, height = photo.image.url, photo.width, photo.height
        alt = photo.alt_text
    else:
        if obj is None:
            kind = "site"
        url, (width, height) = og_cards.card_url(kind, obj), og_cards.SIZE
        alt = og_cards.card_text(kind, obj)[0]
    return format_html(
        '<meta property="og:image" content="{}">\n'
        '  <meta property="og:image:width" content="{}">\n'
        '  <meta property="og:image:height" content="{}">\n'
        '  <meta property="og:image:alt" content="{}">\n'
        '  <meta name="twitter:card" content="summary_large_image">',
        request.build_absolute_uri(url),
        width,
        height,
        alt,
    )
