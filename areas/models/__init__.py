from areas.models.charter import Charter, CommonTheme, Goal
from areas.models.contact import ContactRole, PlanContact
from areas.models.group import AreaGroup, AreaStatus, Membership, MembershipRole
from areas.models.invitation import Invitation
from areas.models.municipality import Municipality, MunicipalityKind
from areas.models.plan import (
    Approach,
    AreaPlan,
    IssueStatus,
    Milestone,
    PlanIssue,
    PlanStatus,
)
from areas.models.review import PlanReview, ReviewEntry
from areas.models.theme import PublicationStatus, YearlyTheme

__all__ = [
    "Approach",
    "AreaGroup",
    "AreaPlan",
    "AreaStatus",
    "Charter",
    "CommonTheme",
    "ContactRole",
    "Goal",
    "Invitation",
    "IssueStatus",
    "Membership",
    "MembershipRole",
    "Milestone",
    "Municipality",
    "MunicipalityKind",
    "PlanContact",
    "PlanIssue",
    "PlanReview",
    "PlanStatus",
    "PublicationStatus",
    "ReviewEntry",
    "YearlyTheme",
]
