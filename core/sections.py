"""Sections that apps higher up add to a lower app's page.

Dependencies point one way (portal → booklet → events → areas → coops → core), so a page
cannot import the apps whose content it shows. Instead those apps register a provider in
the page's registry when they start (their `AppConfig.ready`): a function returning a
`Section` — a template and its context — or None when it has nothing to show. Each
provider runs a fixed number of queries, so the page's count stays fixed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


class SectionRegistry:
    """Named providers of page sections; registering a name twice replaces it."""

    def __init__(self):
        self._providers: dict[str, Callable[..., Section | None]] = {}

    def register(self, name: str, provider: Callable[..., Section | None]) -> None:
        self._providers[name] = provider

    def sections(self, *args, **kwargs) -> list[Section]:
        found = [provider(*args, **kwargs) for provider in self._providers.values()]
        return sorted((s for s in found if s is not None), key=lambda s: s.order)
