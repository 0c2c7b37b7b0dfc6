"""Networks (連絡会): every group belongs to one; the booklet counts the default network's."""

import pytest
from django.db import IntegrityError

from areas.factories import AreaGroupFactory, NetworkFactory, YearlyThemeFactory
from areas.models import AreaGroup, Network
from booklet import services

pytestmark = pytest.mark.django_db


def test_the_demo_puts_tokyos_groups_and_the_saitama_example_in_their_own_networks(demo):
    tokyo = Network.objects.default()
    assert tokyo.name == "東京の生協のまちづくり"
    assert AreaGroup.objects.get(slug="arakawa").network == tokyo
    saitama = AreaGroup.objects.get(slug="kawaguchi-watamachi").network
    assert saitama.slug == "saitama-watamachi"
    assert saitama.name == "生活クラブ埼玉 わたまち"


def test_a_group_in_another_network_is_not_in_the_default_networks_booklet(db):
    tokyo_group = AreaGroupFactory(name="東の会")
    other = AreaGroupFactory(name="西の会", network=NetworkFactory(slug="west"))
    YearlyThemeFactory(area_group=tokyo_group)
    YearlyThemeFactory(area_group=other)
    names = [area["name"] for area in services.build_report(2023)["areas"]]
    assert names == ["東の会"]


def test_a_group_needs_a_network(db):
    group = AreaGroupFactory()
    with pytest.raises(IntegrityError):
        AreaGroup.objects.filter(pk=group.pk).update(network=None)


def test_a_network_with_groups_cannot_be_deleted(db):
    from django.db.models import ProtectedError

    group = AreaGroupFactory()
    with pytest.raises(ProtectedError):
        group.network.delete()


def test_a_networks_slug_is_fixed_once_it_exists(client, secretariat, demo):
    tokyo = Network.objects.default()
    client.force_login(secretariat)
    page = client.get(f"/admin/areas/network/{tokyo.pk}/change/").content.decode()
    assert 'name="slug"' not in page
    data = {"name": tokyo.name, "slug": "renamed", "description": "", "position": 1}
    data["version"] = tokyo.version
    client.post(f"/admin/areas/network/{tokyo.pk}/change/", data)
    tokyo.refresh_from_db()
    assert tokyo.slug == "tokyo"
