from events.models.event import Event, EventKind, EventStatus, Recurrence
from events.models.occurrence_change import OccurrenceAction, OccurrenceChange
from events.models.photo import Photo
from events.models.report import ActivityReport
from events.models.taking_part import SignupMethod
from events.models.venue import Venue

__all__ = [
    "ActivityReport",
    "Event",
    "EventKind",
    "EventStatus",
    "OccurrenceAction",
    "OccurrenceChange",
    "Photo",
    "Recurrence",
    "SignupMethod",
    "Venue",
]
