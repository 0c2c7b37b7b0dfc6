"""/og/<kind>/<pk>.png and /og/site.png: the share cards (portal/og_cards.py).

A draft's card, or an unknown kind, is a 404 like its page. The answer may be kept by
browsers and shared caches for a day (the address carries the content hash, ?v=…), and an
ETag of that hash lets a client ask again for nothing.
"""

from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

from portal import og_cards

MAX_AGE = 24 * 3600


def og_card(request, kind, pk):
    obj = og_cards.public_object(kind, pk)
    if obj is None:
        raise Http404
    return _png_response(request, kind, obj)


def og_site_card(request):
    return _png_response(request, "site", None)


def _png_response(request, kind, obj):
    png, digest = og_cards.card_png(kind, obj)
    etag = f'"{digest}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(png, content_type="image/png")
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
