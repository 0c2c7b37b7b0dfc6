"""{% report_url "pdf" network year %}: a network's report URL (booklet/links.py)."""

from django import template

from booklet.links import report_url as network_report_url

register = template.Library()


@register.simple_tag
def report_url(name, network, year, *args):
    return network_report_url(name, network, year, *args)
