"""Forms of 声を届ける: the resident's form, and the coordinator's moderation form in the admin.

Moderation (採用) turns a submission into a `RaisedVoice` of one of the area's わたまち
gatherings' reports, in the coordinator's words (the text starts as the resident's, to be
trimmed of any personal detail), and may record that this gathering raised a plan issue
(`IssueSource`). The choices offer only the submission's own area's reports and issues, so a
forged id from another area is refused as an invalid choice.
"""

from django import forms
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.form_guards import HoneypotMixin
from events.models import ActivityReport
from plans.models import (
    WATAMACHI_KINDS,
    IssueSource,
    PlanIssue,
    RaisedVoice,
    SubmissionStatus,
    VoiceKind,
    VoiceSubmission,
)

TEXT_MAX = RaisedVoice._meta.get_field("text").max_length


class VoiceSubmissionForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = VoiceSubmission
        fields = ["body", "name", "contact"]
        labels = {"contact": _("連絡先（メールアドレスか電話番号）")}
        help_texts = {
            "body": _("くらしの中の困りごと、地域にあったらいいこと、気になっていること。"),
            "name": _("任意。公開されません。"),
            "contact": _("任意。詳しく伺いたいときにだけ使います。公開されません。"),
        }
        widgets = {
            "body": forms.Textarea(attrs={"rows": 6}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact": forms.TextInput(attrs={"autocomplete": "email"}),
        }


class ModerationForm(forms.ModelForm):
    report = forms.ModelChoiceField(
        label=_("声が出された場（実施報告）"),
        queryset=ActivityReport.objects.none(),
        required=False,
        help_text=_("採用するときは必須です。わたまちカフェなどの集まりの実施報告を選びます。"),
    )
    kind = forms.ChoiceField(label=_("種類"), choices=VoiceKind.choices, initial=VoiceKind.VOICE)
    text = forms.CharField(
        label=_("公開する内容"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("採用するときに公開される文です。個人名や連絡先は書かないでください。"),
    )
    issue = forms.ModelChoiceField(
        label=_("つながる地域課題"), queryset=PlanIssue.objects.none(), required=False
    )

    class Meta:
        model = VoiceSubmission
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        group_id = self.instance.area_group_id
        self.fields["report"].queryset = ActivityReport.objects.filter(
            event__area_groups=group_id, event__kind__in=WATAMACHI_KINDS
        ).select_related("event")
        self.fields["issue"].queryset = PlanIssue.objects.filter(plan__area_group=group_id)
        if not self.is_bound and not self.instance.raised_voice_id:
            self.initial.setdefault("text", self.instance.body[:TEXT_MAX])

    def clean(self):
        cleaned = super().clean()
        adopting = cleaned.get("status") == SubmissionStatus.ADOPTED
        if adopting and not self.instance.raised_voice_id:
            if not cleaned.get("report"):
                self.add_error("report", _("採用するときは、声が出された場を選んでください。"))
            if not (cleaned.get("text") or "").strip():
                self.add_error("text", _("採用するときは、公開する内容を書いてください。"))
        return cleaned

    @transaction.atomic
    def moderate(self, user) -> VoiceSubmission:
        """Save the decision; on a first 採用, create the public voice (never the contact)."""
        submission = self.instance
        data = self.cleaned_data
        if submission.status == SubmissionStatus.ADOPTED and not submission.raised_voice_id:
            report = data["report"]
            last = report.voices.aggregate(last=Max("position"))["last"]
            submission.raised_voice = RaisedVoice.objects.create(
                report=report,
                kind=data["kind"],
                text=data["text"].strip(),
                position=0 if last is None else last + 1,
            )
            if data.get("issue"):
                IssueSource.objects.get_or_create(issue=data["issue"], event=report.event)
        if "status" in self.changed_data:
            submission.moderated_at = timezone.now()
            submission.moderated_by = user
        submission.save()
        return submission
