from django import template

from core import fiscal_year as fy

register = template.Library()


@register.filter
def fiscal_year_label(year):
    """{{ 2023|fiscal_year_label }} → 2023年度"""
    return fy.fiscal_year_label(int(year))


@register.filter
def reiwa_label(year):
    """{{ 2023|reiwa_label }} → 令和5年度"""
    return fy.reiwa_label(int(year))
