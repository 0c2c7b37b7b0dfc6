"""What keeps an area group from being deleted: its events, yearly themes and plans.

Deleting a group would otherwise cascade to its themes and plans and leave its events
without an area (published ones still public). The admin refuses instead and says what to
do first. Apps above areas add their own rows here (events registers its events, plans its
plans), since areas may not import them.
"""

from collections.abc import Callable, Iterable

from django.db.models import Count
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# (label, counter): counter(group ids) → {group id: number of rows that keep the group}.
Counter = Callable[[list[int]], dict[int, int]]
_keepers: list[tuple[Promise, Counter]] = []

HOW_TO_PROCEED = _(
    "このまちづくりグループには、まだ活動・取り組みテーマ・わたまちプランが残っているため"
    "削除できません。先にそれらを別のグループに移すか削除してください。"
    "活動を止めるだけなら、削除せずに状況を「休止」にしてください。"
)


def register(label: Promise, counter: Counter) -> None:
    _keepers.append((label, counter))


def count_related(model, group_path: str) -> Counter:
    """A counter of `model` rows per group, reached through `group_path` (e.g. "area_group")."""

    def counter(group_ids):
        rows = (
            model._default_manager.filter(**{f"{group_path}__in": group_ids})
            .values(group_path)
            .annotate(count=Count("pk", distinct=True))
        )
        return {row[group_path]: row["count"] for row in rows}

    return counter


def rows_keeping(groups: Iterable) -> list[str]:
    """One line per group that may not be deleted: "荒川区まちづくり: 活動 3件、…"."""
    groups = list(groups)
    counts = [(label, counter([g.pk for g in groups])) for label, counter in _keepers]
    lines = []
    for group in groups:
        parts = [
            _("%(label)s %(count)d件") % {"label": label, "count": found[group.pk]}
            for label, found in counts
            if found.get(group.pk)
        ]
        if parts:
            lines.append(f"{group}: {'、'.join(str(p) for p in parts)}")
    return lines
