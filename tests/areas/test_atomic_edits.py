"""An edit that fails midway leaves nothing half-written."""

from unittest import mock

import pytest
from django.db import DatabaseError

from areas.factories import AreaGroupFactory, MembershipFactory
from areas.models import AreaGroup, Membership


def change_form_data(response):
    """What the browser would send back from the admin's change form, unchanged."""
    data = {}

    def add(form):
        for name in form.fields:
            value = form[name].value()
            key = form.add_prefix(name)
            if value is None or value is False:
                continue
            if value is True:
                data[key] = "on"
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            else:
                data[key] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


@pytest.mark.django_db(transaction=True)
def test_a_group_edit_whose_member_list_fails_to_save_changes_nothing(client, superuser):
    client.force_login(superuser)
    client.raise_request_exception = False
    group = AreaGroupFactory(name="荒川区まちづくりグループ")
    MembershipFactory(area_group=group, position=1)
    MembershipFactory(area_group=group, position=2)
    url = f"/admin/areas/areagroup/{group.pk}/change/"
    data = change_form_data(client.get(url))
    data["name"] = "名前を変えたグループ"
    data["memberships-0-position"] = "7"
    data["memberships-1-position"] = "8"

    real_save = Membership.save
    calls = []

    def second_save_fails(self, *args, **kwargs):
        calls.append(self.pk)
        if len(calls) == 2:
            raise DatabaseError("the database went away")
        return real_save(self, *args, **kwargs)

    with mock.patch.object(Membership, "save", second_save_fails):
        response = client.post(url, data)

    assert response.status_code == 500
    assert len(calls) == 2  # the group and the first membership had been written
    group.refresh_from_db()
    assert group.name == "荒川区まちづくりグループ"
    assert sorted(
        AreaGroup.objects.get(pk=group.pk).memberships.values_list("position", flat=True)
    ) == [1, 2]
