"""Where an area stands in the わたまち process, derived from its data.

説明会 → カフェ → ミーティング → 計画 → 振り返り: the first three are gatherings (events of the
わたまち kinds that have taken place), the plan stage is reached when a plan has been set
(実行中 or 完了), and the review stage when the plan has been reviewed at least once.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventKind, EventStatus
from plans.models import AreaPlan, PlanReview


class StageState:
    DONE = "done"
    CURRENT = "current"
    NOT_RECORDED = "not_recorded"
    UPCOMING = "upcoming"


STATE_LABELS = {
    StageState.DONE: _("済み"),
    StageState.CURRENT: _("現在の段階"),
    StageState.NOT_RECORDED: _("記録なし"),
    StageState.UPCOMING: _("これから"),
}

STAGES = [
    ("briefing", _("わたまち説明会"), _("わたまちプランについて理解を深める")),
    ("cafe", _("わたまちカフェ"), _("地域の課題や声・ニーズを知り、共有する")),
    ("meeting", _("わたまちミーティング"), _("取り組みたいことを話し合い、計画をつくる")),
    ("plan", _("計画"), _("3〜5年の福祉によるまちづくり計画を掲げる")),
    ("review", _("振り返り"), _("定期的に振り返り・進捗を確認する")),
]

_KIND_STAGE = {
    EventKind.WATAMACHI_BRIEFING: "briefing",
    EventKind.WATAMACHI_CAFE: "cafe",
    EventKind.WATAMACHI_MEETING: "meeting",
}


@dataclass
class Stage:
    number: int
    key: str
    label: str
    description: str
    count: int
    last_on: datetime.date | None
    state: str = StageState.UPCOMING

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def is_current(self) -> bool:
        return self.state == StageState.CURRENT


def process_stages(
    events: list[Event],
    plan: AreaPlan | None,
    reviews: list[PlanReview],
    now: datetime.datetime | None = None,
) -> list[Stage]:
    """The five stages with their state. `events` are the area's わたまち gatherings
    (already fetched); only those that have started and were not cancelled count."""
    now = now or timezone.now()
    counts = {key: 0 for key, _label, _description in STAGES}
    last = dict.fromkeys(counts)
    for event in events:
        key = _KIND_STAGE.get(event.kind)
        if key is None or event.status == EventStatus.CANCELLED or event.starts_at > now:
            continue
        counts[key] += 1
        day = timezone.localtime(event.starts_at).date()
        last[key] = max(filter(None, [last[key], day]))
    if plan is not None and plan.is_adopted:
        counts["plan"], last["plan"] = 1, plan.adopted_on
    if reviews:
        counts["review"] = len(reviews)
        last["review"] = max(review.held_on for review in reviews)

    stages = [
        Stage(number, key, label, description, counts[key], last[key])
        for number, (key, label, description) in enumerate(STAGES, start=1)
    ]
    reached = [i for i, stage in enumerate(stages) if stage.count]
    if reached:
        current = reached[-1]
        for i, stage in enumerate(stages):
            if i == current:
                stage.state = StageState.CURRENT
            elif i < current:
                stage.state = StageState.DONE if stage.count else StageState.NOT_RECORDED
    return stages
