"""The one searchable form of text (search/normalize.py) and the readings (search/readings.py)."""

import pytest

from search.normalize import normalize
from search.readings import readings


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ﾎﾞｳｻｲ", "ぼうさい"),
        ("ボウサイ", "ぼうさい"),
        ("ぼうさい", "ぼうさい"),
        ("カフェ", "かふえ"),
        ("かふぇ", "かふえ"),
        ("ｶﾌｪ", "かふえ"),
        ("カフェー", "かふえ"),
        ("ｶﾌｪｰ", "かふえ"),
        ("キッチン", "きつちん"),
        ("ＣＯＯＰ　みらい", "coop みらい"),
        ("  a\tb\n\nc ", "a b c"),
        ("x\x00y", "x y"),
    ],
)
def test_normalize_folds_width_case_kana_and_small_letters(typed, expected):
    assert normalize(typed) == expected


def test_readings_read_kanji_in_normalized_hiragana():
    assert readings("防災カフェー") == "ぼうさいかふえ"
    assert readings("荒川区") == "あらかわく"
