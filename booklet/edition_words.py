"""A year's own words as the booklet's content carries them (content["edition"]).

The keys are fixed (the cover and the page read them): title, lead, theme_policy,
publisher, published_on (an ISO date or "") and contact. A year without words gets them
all empty — never another year's — and the pages say what is missing.
"""

from booklet.models import YearBooklet

KEYS = ("title", "lead", "theme_policy", "publisher", "published_on", "contact")
# The booklet's name when a year has no words yet (Tokyo's has always been this one).
DEFAULT_TITLES = {"tokyo": "東京の生協のまちづくり活動トピックス"}


def words_of(year: int, network) -> dict:
    """content["edition"] for a network's year: its YearBooklet's words, or all empty."""
    words = YearBooklet.objects.of(network, year)
    if words is None:
        return dict.fromkeys(KEYS, "")
    return {
        "title": words.title,
        "lead": words.lead,
        "theme_policy": words.theme_policy,
        "publisher": words.publisher,
        "published_on": words.published_on.isoformat() if words.published_on else "",
        "contact": words.contact,
    }


def title_of(words: dict, network) -> str:
    """The booklet's title: the year's own, else the network's usual one, else its name."""
    return words["title"] or DEFAULT_TITLES.get(network.slug) or network.name


def has_words(year: int, network) -> bool:
    return YearBooklet.objects.filter(network=network, fiscal_year=year).exists()


def missing_fields(words: YearBooklet | None) -> list[str]:
    """The names of the words a year's booklet still lacks (all of them without a row)."""
    fields = [YearBooklet._meta.get_field(key) for key in KEYS]
    return [
        str(field.verbose_name)
        for field in fields
        if words is None or getattr(words, field.name) in ("", None)
    ]
