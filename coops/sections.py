"""Sections that apps higher up add to an organization's page (see core/sections.py)."""

from core.sections import Section, SectionRegistry

# Providers are called as provider(organization) on /coops/<slug>/.
organization_sections = SectionRegistry()

__all__ = ["Section", "organization_sections"]
