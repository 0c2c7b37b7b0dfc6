"""Counting what a person does in a browser task: each click, typed field, choice and file
choice is one action; reading the page and waiting are not.

Browser tests that measure a task drive the page only through `Actions`, so the count is the
number of times a coordinator's hand moves, and the log says which ones they were.
"""

from dataclasses import dataclass, field
from pathlib import Path

REPORT = Path(__file__).resolve().parents[2] / "artifacts" / "e2e" / "action_counts.txt"


@dataclass
class Actions:
    page: object
    log: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.log)

    def _did(self, what: str) -> None:
        self.log.append(what)

    def click(self, locator, what: str) -> None:
        locator.click()
        self._did(f"click: {what}")

    def type(self, locator, text: str, what: str) -> None:
        locator.fill(text)
        self._did(f"type: {what}")

    def choose(self, locator, value, what: str) -> None:
        locator.select_option(value)
        self._did(f"choose: {what}")

    def check(self, locator, what: str) -> None:
        locator.check()
        self._did(f"check: {what}")

    def pick_files(self, locator, files, what: str) -> None:
        locator.set_input_files(files)
        self._did(f"files: {what}")

    def record(self, task: str, target: int) -> None:
        """Append this task's count and steps to the report (read by the closing note)."""
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        steps = "".join(f"  {number}. {step}\n" for number, step in enumerate(self.log, 1))
        with REPORT.open("a", encoding="utf-8") as report:
            report.write(f"{task}: {self.count} actions (target ≤ {target})\n{steps}")
