from areas.models.charter import Charter, CommonTheme, Goal
from areas.models.group import AreaGroup, AreaStatus, Membership, MembershipRole
from areas.models.invitation import Invitation
from areas.models.municipality import Municipality, MunicipalityKind
from areas.models.network import Network
from areas.models.theme import PublicationStatus, YearlyTheme

__all__ = [
    "AreaGroup",
    "AreaStatus",
    "Charter",
    "CommonTheme",
    "Goal",
    "Invitation",
    "Membership",
    "MembershipRole",
    "Municipality",
    "MunicipalityKind",
    "Network",
    "PublicationStatus",
    "YearlyTheme",
]
