"""axe-core on every public page type the site serves, in both languages, at two widths.

Zero violations of the WCAG 2.2 A and AA rules. The page list is portal.public_pages
(pages not served yet are listed by bench/run and simply not collected here).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal.public_pages import existing_pages, sample_values
from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES, _NOT_YET = existing_pages(html_only=True)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "375px"])
@pytest.mark.parametrize("prefix", ["", "/en"], ids=["ja", "en"])
@pytest.mark.parametrize("public_page", PAGES, ids=[p.name for p in PAGES])
def test_public_page_has_no_wcag_a_or_aa_violations(page, site, public_page, prefix, viewport):
    page.set_viewport_size(viewport)
    response = page.goto(site + prefix + public_page.url(sample_values()))
    assert response.status == public_page.status
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_A_AA}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, results.generate_report()
