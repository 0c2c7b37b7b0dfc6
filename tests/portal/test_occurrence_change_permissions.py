"""The grant migration (portal 0006): the 事務局 and the コーディネーター may cancel or move
one date of a series (events.OccurrenceChange); the area rule then limits the coordinator."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["事務局", "コーディネーター"])
def test_the_role_may_view_add_change_and_delete_date_changes(group):
    codenames = set(
        Group.objects.get(name=group)
        .permissions.filter(content_type__app_label="events")
        .values_list("codename", flat=True)
    )
    assert {f"{action}_occurrencechange" for action in ("view", "add", "change", "delete")} <= (
        codenames
    )


def test_a_coordinator_has_the_right_on_the_model(coordinator_a):
    assert coordinator_a.has_perms(
        ["events.add_occurrencechange", "events.change_occurrencechange"]
    )
