import pytest
from django.core.cache import cache

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


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no page or data version left by another test."""
    cache.clear()
    yield
    cache.clear()
