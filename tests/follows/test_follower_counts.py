"""The 事務局 sees how many confirmed followers each area has, never an address; coordinators
see nothing of following."""

import pytest

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/follows/areafollowing/"


def test_the_secretariat_sees_confirmed_follower_counts_per_area_without_addresses(
    client, secretariat, make_follower
):
    make_follower(email="a@example.org", areas=["arakawa", "kita"])
    make_follower(email="b@example.org", areas=["arakawa"])
    make_follower(email="pending@example.org", areas=["arakawa"], confirmed=False)
    client.force_login(secretariat)

    response = client.get(CHANGELIST)

    assert response.status_code == 200
    rows = {row.name: row.follower_count for row in response.context["cl"].result_list}
    assert rows["荒川区まちづくり"] == 2
    assert rows["北区まちづくり"] == 1
    assert "@example.org" not in response.text


def test_a_coordinator_sees_nothing_of_following(client, coordinator_a, make_follower):
    make_follower()
    client.force_login(coordinator_a)
    assert client.get(CHANGELIST).status_code == 403
    assert "@example.org" not in client.get("/admin/").text
