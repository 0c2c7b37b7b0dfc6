"""The schematic tile map of the prefecture: one square per municipality, in three regions.

The regions are 23区, 多摩地域 and 島しょ部, in that order: a phone shows them one below the
other, so it opens on the 23 wards (where most groups are) and jumps to the others by plain
in-page links; a wide screen puts 多摩地域 to the left of the wards, as on a real map. Each
tile keeps its square within its region (`column`, `row`, from 1), so the shape stays.

Labels: Japanese drops the kind (千代田区 → 千代田) where the name has more than two
characters (a four-character name may break in its middle); English drops " City", " Town"
or " Village" (Arakawa City → Arakawa) and may break between syllables (a soft hyphen), so a
14 px label fits a phone's square. The full name is always in the tile's accessible name.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from areas.models import AreaGroup, Municipality, MunicipalityKind

# The islands are the municipalities under the four 支庁 (大島・三宅・八丈・小笠原): JIS codes
# 13361 and above.
FIRST_ISLAND_CODE = "13361"
REGIONS = (("wards", _("23区")), ("tama", _("多摩地域")), ("islands", _("島しょ部")))
_ENGLISH_KIND = re.compile(r"\s+(City|Town|Village)$")
_SYLLABLE = re.compile(r"[^aeiou]*[aeiou](?:n(?![aeiouy]))?", re.IGNORECASE)
SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"


def region_of(municipality: Municipality) -> str:
    if municipality.kind == MunicipalityKind.WARD:
        return "wards"
    return "islands" if municipality.code >= FIRST_ISLAND_CODE else "tama"


def japanese_label(name: str) -> str:
    """千代田区 → 千代田; 東久留米市 → 東久・留米 (· a zero-width space: a narrow square breaks
    the name in the middle, not before its last character)."""
    label = name[:-1] if len(name) > 2 else name
    return f"{label[:2]}{ZERO_WIDTH_SPACE}{label[2:]}" if len(label) >= 4 else label


def english_label(name_en: str) -> str:
    """ "Higashimurayama City" → "Hi·ga·shi·mu·ra·ya·ma" (· a soft hyphen): breaks only between
    syllables, never leaving a single letter on a line."""
    word = _ENGLISH_KIND.sub("", name_en).strip()
    if " " in word or not word.isascii():
        return word
    parts = _SYLLABLE.findall(word)
    if "".join(parts) != word:  # not plain romaji: leave it whole
        return word
    lines, line, left = [], "", len(word)
    for part in parts:
        if len(line) >= 2 and left >= 2:
            lines, line = [*lines, line], ""
        line, left = line + part, left - len(part)
    return SOFT_HYPHEN.join([*lines, line])


@dataclass(frozen=True)
class Tile:
    """One municipality's square: `column`/`row` count from 1 within its region."""

    municipality: Municipality
    group: AreaGroup | None
    column: int
    row: int

    @property
    def status(self) -> str:
        return self.group.status if self.group else "none"

    @property
    def label(self) -> str:
        return japanese_label(self.municipality.name)

    @property
    def label_en(self) -> str:
        return english_label(self.municipality.name_en) if self.municipality.name_en else ""


@dataclass(frozen=True)
class Region:
    slug: str
    name: str
    tiles: list[Tile]
    columns: int


def tile_map() -> dict:
    """The municipalities that have a square, by region, with the group of each (if any)."""
    municipalities = Municipality.objects.filter(
        tile_x__isnull=False, tile_y__isnull=False
    ).select_related("area_group")
    by_region = {slug: [] for slug, _name in REGIONS}
    for m in municipalities:
        by_region[region_of(m)].append(m)
    regions = [_region(slug, name, by_region[slug]) for slug, name in REGIONS if by_region[slug]]
    return {"regions": regions, "tiles": [t for r in regions for t in r.tiles]}


def _region(slug, name, municipalities) -> Region:
    left = min(m.tile_x for m in municipalities)
    top = min(m.tile_y for m in municipalities)
    tiles = [
        Tile(m, getattr(m, "area_group", None), m.tile_x - left + 1, m.tile_y - top + 1)
        for m in sorted(municipalities, key=lambda m: (m.tile_y, m.tile_x))
    ]
    return Region(slug, name, tiles, max(t.column for t in tiles))
