"""Who receives a resident's message to an area group.

The group's coordinators who have an address; when it has none, the 事務局 group's members.
Not a configured address: the people who get the mail are exactly the people who can read the
message in the admin (the admin keeps it for the group's coordinators and the 事務局), so the
resident's address reaches nobody the portal does not know. Active accounts only.
"""

from django.conf import settings
from django.contrib.auth import get_user_model


def _addresses(users) -> list[str]:
    emails = users.filter(is_active=True).exclude(email="").values_list("email", flat=True)
    return sorted(set(emails))


def message_recipients(area_group) -> list[str]:
    coordinators = _addresses(area_group.coordinators.all())
    if coordinators:
        return coordinators
    secretariat = get_user_model().objects.filter(groups__name=settings.SECRETARIAT_GROUP)
    return _addresses(secretariat)
