"""Readings of kanji in hiragana (pykakasi's dictionary), so 「ぼうさい」 finds 防災.

Worked out when an entry is saved, never per query: a query is only normalized. The
dictionary loads once per process, on first use (about a quarter of a second).
"""

from functools import cache

import pykakasi

from search.normalize import normalize


@cache
def _kakasi():
    return pykakasi.kakasi()


def tokens(text: str) -> list[tuple[str, str]]:
    """(original piece, its normalized reading) for each piece pykakasi splits `text` into."""
    return [(t["orig"], normalize(t["hira"])) for t in _kakasi().convert(text or "")]


def readings(text: str) -> str:
    """The normalized hiragana reading of `text` (kanji read, the rest as normalize gives)."""
    return normalize("".join(t["hira"] for t in _kakasi().convert(text or "")))
