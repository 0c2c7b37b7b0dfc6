"""What the わたまち gatherings (events) raised, for the plan they lead to.

- `RaisedVoice`: the issues, needs and voices (課題・ニーズ・声) raised at a gathering, typed in
  from the paper notes as short items of its activity report.
- `IssueSource`: which café or meeting raised a plan's local issue (地域課題); the through
  model of `PlanIssue.raised_at`.

Both were events' models; their tables moved here with their rows. plans depends on events,
never the other way: the events admin shows their inlines through `events.admin.add_inline`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.versioning import VersionedModel
from events.models.event import EventKind

# The three stages of the process that are events, in their order.
WATAMACHI_KINDS = [
    EventKind.WATAMACHI_BRIEFING,
    EventKind.WATAMACHI_CAFE,
    EventKind.WATAMACHI_MEETING,
]


class VoiceKind(models.TextChoices):
    ISSUE = "issue", _("課題")
    NEED = "need", _("ニーズ")
    VOICE = "voice", _("声")


class RaisedVoice(VersionedModel):
    """One short item from a gathering's notes: an issue, a need or a voice."""

    report = models.ForeignKey(
        "events.ActivityReport",
        on_delete=models.CASCADE,
        related_name="voices",
        verbose_name=_("実施報告"),
    )
    kind = models.CharField(_("種類"), max_length=8, choices=VoiceKind, default=VoiceKind.VOICE)
    text = models.CharField(
        _("内容"), max_length=300, help_text=_("メモから短く書き写してください（個人名は書かない）")
    )
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)

    class Meta:
        verbose_name = _("出された課題・ニーズ・声")
        verbose_name_plural = _("出された課題・ニーズ・声")
        ordering = ["report", "position", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text}"


class IssueSource(VersionedModel):
    """A café or meeting where a plan's local issue was raised."""

    issue = models.ForeignKey(
        "plans.PlanIssue",
        on_delete=models.CASCADE,
        related_name="sources",
        verbose_name=_("地域課題"),
    )
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="issue_sources",
        verbose_name=_("出された場"),
    )

    class Meta:
        verbose_name = _("地域課題が出された場")
        verbose_name_plural = _("地域課題が出された場")
        ordering = ["issue", "event__starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "event"], name="events_issue_source_once"),
        ]

    def __str__(self):
        return f"{self.issue} ← {self.event}"

    def clean(self):
        if self.event_id and self.event.kind not in WATAMACHI_KINDS:
            raise ValidationError(
                {"event": _("わたまち説明会・カフェ・ミーティングのどれかを選んでください。")}
            )
