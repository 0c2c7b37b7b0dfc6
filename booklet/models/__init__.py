"""The yearly booklet's data: each year's own words, and the numbered editions published."""

from booklet.models.published import PublishedReport
from booklet.models.words import YearBooklet

__all__ = ["PublishedReport", "YearBooklet"]
