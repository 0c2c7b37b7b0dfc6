import pytest

from portal.demo.loader import load_demo


@pytest.fixture
def demo(db):
    """The demo data: the 2023 booklet and sample events."""
    load_demo()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password="pass-for-tests-only"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def demo_tenfold(demo):
    """Ten times the demo's 2023 groups, themes, memberships, events and reports (bulk_create),
    for pinning query counts where an N+1 would show."""
    from portal.demo.scale import multiply_demo

    multiply_demo(10)
