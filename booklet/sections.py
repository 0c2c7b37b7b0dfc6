"""The report's sections, in the booklet's order: one template each.

Another part of the portal adds a section by inserting its template here (the わたまち plans,
for instance, go before the figures). Each template receives `report` (the content dict).
"""

BOOKLET_SECTIONS = [
    "booklet/sections/standards.html",
    "booklet/sections/year_themes.html",
    "booklet/sections/areas.html",
    "booklet/sections/promoting.html",
    # わたまちプラン (issue 6): plans, issues by approach and status, reviews held.
    "booklet/sections/plans.html",
    "booklet/sections/figures.html",
]
