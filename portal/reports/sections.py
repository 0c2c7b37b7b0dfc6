"""The report's sections, in the booklet's order: one template each.

Another part of the portal adds a section by inserting its template here (the わたまち plans,
for instance, go before the figures). Each template receives `report` (the content dict).
"""

BOOKLET_SECTIONS = [
    "portal/reports/sections/standards.html",
    "portal/reports/sections/year_themes.html",
    "portal/reports/sections/areas.html",
    "portal/reports/sections/promoting.html",
    # わたまちプラン (issue 6): plans, issues by approach and status, reviews held.
    "portal/reports/sections/plans.html",
    "portal/reports/sections/figures.html",
]
