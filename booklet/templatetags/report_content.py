"""Filters for the yearly report's snapshot content, which is plain JSON."""

import datetime

from django import template

register = template.Library()


@register.filter
def isodate(value):
    """'2025-05-01' → a date, so `|date` shows it as 2025年5月1日(木); bad input → None."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None
