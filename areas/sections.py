"""Sections that apps higher up (events, plans…) add to an area group's page.

See core/sections.py: areas cannot import events, so the events app registers
its upcoming-events and reports sections here when it starts.
Providers are called as provider(group, fiscal_year, current=bool): `current` is
true on /areas/<slug>/ (show what is coming) and false on /areas/<slug>/<year>/
(show that year).
"""

from core.sections import Section, SectionRegistry

area_sections = SectionRegistry()

__all__ = ["Section", "area_sections"]
