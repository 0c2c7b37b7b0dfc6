"""Readings of kanji in hiragana (pykakasi's dictionary), so 「ぼうさい」 finds 防災.

Worked out when an entry is saved, never per query: a query is only normalized. The
dictionary loads once per process, on first use (about a quarter of a second). Text is read
phrase by phrase (split at spaces and punctuation, which no reading crosses), each phrase
once per process: names, kinds and venues repeat across rows, and a phrase without kanji
needs no dictionary at all.
"""

import re
from functools import cache, lru_cache

import pykakasi

from search.normalize import normalize

PHRASE_BREAKS = re.compile(r"([\s、。，．・「」『』（）()！？!?,.:：;；/／]+)")
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")


@cache
def _kakasi():
    return pykakasi.kakasi()


def tokens(text: str) -> list[tuple[str, str]]:
    """(original piece, its normalized reading) for each piece pykakasi splits `text` into."""
    return [(t["orig"], normalize(t["hira"])) for t in _kakasi().convert(text or "")]


@lru_cache(maxsize=65536)
def _phrase_reading(phrase: str) -> str:
    if not KANJI.search(phrase):
        return phrase
    return "".join(t["hira"] for t in _kakasi().convert(phrase))


def readings(text: str) -> str:
    """The normalized hiragana reading of `text` (kanji read, the rest as normalize gives)."""
    return normalize("".join(_phrase_reading(p) for p in PHRASE_BREAKS.split(text or "")))
