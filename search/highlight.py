"""Marking the query's words in a result's title and excerpt with <mark>, everything else
escaped (a title holding <script> shows as text).

Words are found in the normalized form of the shown text, mapped back to the characters
they came from: ﾎﾞｳｻｲ, ボウサイ and 防災 (by its reading) are marked where they stand.
The reading of the shown text is worked out here for the few results on the page only,
to place the marks; matching never reads the dictionary (search/query.py).
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.normalize import normalize
from search.query import has_kanji
from search.readings import tokens

EXCERPT_LENGTH = 120
# A character and the marks that combine with it (ﾎ + ﾞ is one ボ).
CLUSTER = re.compile(r".[\u3099\u309a\uff9e\uff9f\u0300-\u036f]*", re.DOTALL)


def _normalized_pieces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalized) for each character cluster of `text`."""
    return [(m.start(), m.end(), normalize(m.group())) for m in CLUSTER.finditer(text)]


def _spans_in(pieces: list[tuple[int, int, str]], words) -> list[tuple[int, int]]:
    """Spans of the original text whose normalized pieces spell one of `words`."""
    joined, owner = "", []
    for index, (_start, _end, norm) in enumerate(pieces):
        joined += norm
        owner.extend([index] * len(norm))
    spans = []
    for word in words:
        for found in re.finditer(re.escape(word), joined):
            first, last = owner[found.start()], owner[found.end() - 1]
            spans.append((pieces[first][0], pieces[last][1]))
    return spans


def match_spans(text: str, words) -> list[tuple[int, int]]:
    """Where in `text` the normalized `words` stand, as text or (kana words) as a reading."""
    spans = _spans_in(_normalized_pieces(text), words)
    # Kana words not written as such here stand as a reading of kanji (ぼうさい: 防災).
    written = normalize(text)
    kana_words = [w for w in words if not has_kanji(w) and w not in written]
    read = tokens(text) if kana_words and has_kanji(text) else []
    if "".join(original for original, _reading in read) == text:
        pieces, offset = [], 0
        for original, reading in read:
            pieces.append((offset, offset + len(original), reading))
            offset += len(original)
        spans += _spans_in(pieces, kana_words)
    return _merged(spans)


def _merged(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked(text: str, words, spans=None) -> SafeString:
    """`text` escaped, with the words' places in <mark>."""
    spans = match_spans(text, words) if spans is None else spans
    out, at = [], 0
    for start, end in spans:
        out.append(escape(text[at:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        at = end
    out.append(escape(text[at:]))
    return mark_safe("".join(out))


def excerpt(text: str, words, length: int = EXCERPT_LENGTH) -> SafeString:
    """A part of `text` around its first match (its start when none), marked."""
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    spans = match_spans(text, words)
    start = max(0, spans[0][0] - length // 3) if spans else 0
    end = min(len(text), start + length)
    piece = text[start:end]
    shifted = [(max(s - start, 0), min(e - start, len(piece))) for s, e in spans]
    shifted = [(s, e) for s, e in shifted if s < e]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + marked(piece, words, shifted) + suffix)
