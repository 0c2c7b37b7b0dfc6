"""Helpers for the yearly report's tests: text of an element of a page, by id."""

from html.parser import HTMLParser

VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area"}


class _TextById(HTMLParser):
    def __init__(self, wanted_id):
        super().__init__()
        self.wanted_id = wanted_id
        self.depth = 0
        self.parts = []
        self.items = []
        self._item = None
        self.found = False

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if self.depth and tag == "br":
                self.parts.append("\n")
            return
        if self.depth:
            self.depth += 1
            if tag == "li":
                self._item = []
            if tag in ("p", "div", "li", "h3", "dd", "dt", "tr", "th", "td"):
                self.parts.append("\n")
        elif dict(attrs).get("id") == self.wanted_id:
            self.depth = 1
            self.found = True

    def handle_endtag(self, tag):
        if tag in VOID or not self.depth:
            return
        if tag == "li" and self._item is not None:
            self.items.append("".join(self._item).strip())
            self._item = None
        self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)
            if self._item is not None:
                self._item.append(data)


def element_text(html: str, element_id: str) -> str:
    """The text inside the element with this id (block elements start new lines)."""
    parser = _TextById(element_id)
    parser.feed(html)
    assert parser.found, f"no element with id={element_id!r}"
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines() if line.strip())


def element_items(html: str, element_id: str) -> list[str]:
    """The texts of the <li> items inside the element with this id."""
    parser = _TextById(element_id)
    parser.feed(html)
    assert parser.found, f"no element with id={element_id!r}"
    return parser.items
