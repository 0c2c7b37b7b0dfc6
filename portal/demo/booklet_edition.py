"""The 2023 booklet as it was: its own words, published as its first edition.

So a visitor of `make run`'s site reads the whole seed booklet at /reports/2023/. Only what
is missing is added (portal/demo/common.py): the words when the year has none, and the
edition when the year was never published. A year a person withdrew, or published again,
is left as it is: the demo never publishes over them.
"""

from booklet import publishing
from booklet.models import PublishedReport, YearBooklet
from portal.demo import booklet_2023 as booklet
from portal.demo.common import add_missing
from portal.demo.networks import TOKYO, load_network


def load_booklet_2023() -> None:
    """Call after the year's groups, themes and events are in: the edition freezes them."""
    network = load_network(TOKYO)
    add_missing(
        YearBooklet,
        {"network": network, "fiscal_year": booklet.FISCAL_YEAR},
        {
            "title": booklet.TITLE,
            "lead": booklet.INTRODUCTION,
            "theme_policy": booklet.THEME_POLICY,
            # The seed names no publisher, date or contact: the network publishes it,
            # on the day of publication; the 事務局 fills in the rest in the admin.
            "publisher": network.name,
        },
    )
    if not PublishedReport.objects.filter(
        network=network, fiscal_year=booklet.FISCAL_YEAR
    ).exists():
        publishing.publish(booklet.FISCAL_YEAR, None, network)
