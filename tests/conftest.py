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
def bulk(db):
    """About ten times the demo data (60 groups, 3,000 events), for pinning query counts."""
    from tests.bulk import load_bulk

    return load_bulk()
