from plans.models.contact import ContactRole, PlanContact
from plans.models.plan import (
    Approach,
    AreaPlan,
    IssueStatus,
    Milestone,
    PlanIssue,
    PlanStatus,
)
from plans.models.review import PlanReview, ReviewEntry
from plans.models.submissions import SubmissionStatus, VoiceSubmission
from plans.models.voices import WATAMACHI_KINDS, IssueSource, RaisedVoice, VoiceKind

__all__ = [
    "WATAMACHI_KINDS",
    "Approach",
    "AreaPlan",
    "ContactRole",
    "IssueSource",
    "IssueStatus",
    "Milestone",
    "PlanContact",
    "PlanIssue",
    "PlanReview",
    "PlanStatus",
    "RaisedVoice",
    "ReviewEntry",
    "SubmissionStatus",
    "VoiceKind",
    "VoiceSubmission",
]
