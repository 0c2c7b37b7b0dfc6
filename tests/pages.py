"""Small helpers for reading the pages the tests fetch."""

import json
import re
from html.parser import HTMLParser
from itertools import pairwise


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings: list[int] = []
        self.json_ld: list[str] = []
        self._in_ld = False
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.meta[key] = attrs.get("content", "")
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld[-1] += data
        if self._in_title:
            self.title += data


def outline(response) -> _Outline:
    parser = _Outline()
    parser.feed(response.content.decode())
    return parser


def json_ld(response) -> list[dict]:
    return [json.loads(text) for text in outline(response).json_ld]


def headings_in_order(levels: list[int]) -> bool:
    """One h1, first; no level skipped on the way down."""
    if levels.count(1) != 1 or levels[0] != 1:
        return False
    return all(b <= a + 1 for a, b in pairwise(levels))
