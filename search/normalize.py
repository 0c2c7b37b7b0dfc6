"""Text in its searchable form: the one rule both the index and the query go through.

NFKC (half-width ｶﾅ → full width, full-width ＡＢＣ１２ → ABC12), lower case, katakana →
hiragana, small kana → their full-size letter (ぁ→あ, っ→つ, ゃ→や, ゎ→わ), the long-vowel mark
ー dropped (カフェー, かふぇ and ｶﾌｪｰ all read かふえ), control characters removed and any
run of white space made one space. Voiced marks stay: ぼ and ほ are different words.
"""

import re
import unicodedata

import jaconv

SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
# ー (U+30FC) and its half-width form, which NFKC already made full width; 〜 is not a vowel.
LONG_VOWEL = str.maketrans("", "", "ー")
WHITE_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """`text` as it is stored and searched (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", text or "")
    text = jaconv.kata2hira(text.lower())
    text = text.translate(SMALL_KANA).translate(LONG_VOWEL)
    text = "".join(" " if _is_control(c) else c for c in text)
    return WHITE_SPACE.sub(" ", text).strip()


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co")
