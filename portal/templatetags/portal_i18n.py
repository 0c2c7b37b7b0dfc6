from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language: code, local name, URL, and whether it is the current one.

    Japanese pages have no prefix and English ones live under /en/, so a plain link
    to the translated URL switches language — no form or cookie is needed.
    """
    request = context["request"]
    current = get_language()
    # Every page asks twice (the <head> alternates and the switcher): work it out once.
    cached = getattr(request, "_language_versions", None)
    if cached is not None and cached[0] == current:
        return cached[1]
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        if query:
            url = f"{url}?{query}"
        info = get_language_info(code)
        versions.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    request._language_versions = (current, versions)
    return versions
