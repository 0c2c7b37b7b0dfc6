"""What keeps an area group from being deleted: its events, yearly themes and plans.

Deleting a group would otherwise cascade to its themes and plans and leave its events
without an area (published ones still public). The admin refuses instead and says what to
do first. Apps above areas add their own rows here (events registers its events, plans its
plans), since areas may not import them.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

HOW_TO_PROCEED = _(
    "このまちづくりグループには、まだ活動・取り組みテーマ・わたまちプランが残っているため"
    "削除できません。先にそれらを別のグループに移すか削除してください。"
    "活動を止めるだけなら、削除せずに状況を「休止」にしてください。"
)


@dataclass(frozen=True)
class Keeper:
    """Rows of `model` that keep a group, reached through `group_path` ("area_group")."""

    label: Promise
    model: type
    group_path: str

    def counts(self, group_ids) -> dict[int, int]:
        rows = (
            self.model._default_manager.filter(**{f"{self.group_path}__in": group_ids})
            .values(self.group_path)
            .annotate(count=Count("pk", distinct=True))
        )
        return {row[self.group_path]: row["count"] for row in rows}

    def changelist_url(self, group) -> str:
        """The admin's list of these rows, filtered to the group: where to move or delete them."""
        opts = self.model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        return f"{url}?{urlencode({f'{self.group_path}__id__exact': group.pk})}"


_keepers: list[Keeper] = []


def register(label: Promise, model, group_path: str) -> None:
    _keepers.append(Keeper(label, model, group_path))


def rows_keeping(groups: Iterable) -> list[str]:
    """One line per group that may not be deleted, each count a link to those rows:
    "荒川区まちづくり: 活動・イベント 3件、取り組みテーマ 1件"."""
    groups = list(groups)
    counts = [(keeper, keeper.counts([g.pk for g in groups])) for keeper in _keepers]
    lines = []
    for group in groups:
        links = [
            (
                keeper.changelist_url(group),
                _("%(label)s %(count)d件") % {"label": keeper.label, "count": found[group.pk]},
            )
            for keeper, found in counts
            if found.get(group.pk)
        ]
        if links:
            joined = format_html_join("、", '<a href="{}">{}</a>', links)
            lines.append(format_html("{}: {}", group, joined))
    return lines
