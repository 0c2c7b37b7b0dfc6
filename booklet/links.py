"""Which network a report URL speaks for, and the URL of a network's report page.

`/reports/<year>/…` is the default network's booklet (settings.PORTAL_DEFAULT_NETWORK);
another network's is `/reports/<network slug>/<year>/…`, named `reports:network_<name>`.
"""

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from areas.models import Network


def network_or_default(slug: str | None = None) -> Network:
    """The network a URL names, or the default one when it names none (404 if unknown)."""
    network = (
        Network.objects.default() if slug is None else Network.objects.filter(slug=slug).first()
    )
    if network is None:
        raise Http404(_("その連絡会はありません。"))
    return network


def report_url(name: str, network: Network, year: int, *args) -> str:
    """reports:<name> for the default network, reports:network_<name> for another."""
    if network.is_default:
        return reverse(f"reports:{name}", args=[year, *args])
    return reverse(f"reports:network_{name}", args=[network.slug, year, *args])
