from events.models.event import Event, EventKind, EventStatus, Recurrence
from events.models.photo import Photo
from events.models.report import ActivityReport
from events.models.venue import Venue
from events.models.watamachi import WATAMACHI_KINDS, IssueSource, RaisedVoice, VoiceKind

__all__ = [
    "WATAMACHI_KINDS",
    "ActivityReport",
    "Event",
    "EventKind",
    "EventStatus",
    "IssueSource",
    "Photo",
    "RaisedVoice",
    "Recurrence",
    "Venue",
    "VoiceKind",
]
