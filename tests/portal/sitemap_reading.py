"""Reading the whole sitemap as a crawler does: the index, then every page it lists."""

import re

LOC = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")


def sitemap_pages(client) -> list[str]:
    """The paths of the pages the index (/sitemap.xml) lists, e.g. /sitemap-events.xml?p=2."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    return [path.replace("&amp;", "&") for path in LOC.findall(index.content.decode())]


def whole_sitemap(client) -> str:
    """Every sitemap page's XML, one after the other."""
    bodies = []
    for path in sitemap_pages(client):
        response = client.get(path)
        assert response.status_code == 200, path
        bodies.append(response.content.decode())
    return "\n".join(bodies)
