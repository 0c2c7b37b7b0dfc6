import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from events import recurrence_words
from events.calendar_links import webcal_url

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def time_range(starts_at, ends_at):
    """2023年4月1日(土) 13:30〜15:30 (the end's date too when it ends on another day)."""
    start = timezone.localtime(starts_at)
    end = timezone.localtime(ends_at)
    first = f"{date_format(start.date(), 'DATE_FORMAT')} {time_format(start.time(), 'TIME_FORMAT')}"
    if end.date() == start.date():
        last = time_format(end.time(), "TIME_FORMAT")
    else:
        last = f"{date_format(end.date(), 'DATE_FORMAT')} {time_format(end.time(), 'TIME_FORMAT')}"
    return _("%(start)s〜%(end)s") % {"start": first, "end": last}


@register.simple_tag
def repeats_until(event):
    """毎月第3土曜日に開催（2027年3月31日まで）: the rule and its last date, one phrase."""
    until = date_format(event.recurrence_until, "DATE_FORMAT")
    return recurrence_words.with_end(event.recurrence_label, until)


@register.simple_tag
def repeats_from(event):
    """毎月第3土曜日（2023年4月15日〜）: the rule and its first date, one phrase."""
    first = date_format(timezone.localtime(event.starts_at).date(), "DATE_FORMAT")
    return recurrence_words.with_start(event.recurrence_label, first)


@register.simple_tag(takes_context=True)
def webcal(context, path):
    """`path` as webcal://<this host><path>, for a calendar app to subscribe to."""
    return webcal_url(context["request"], path)


@register.simple_tag
def json_ld(data):
    """<script type="application/ld+json"> with the data, safe to put in the page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
