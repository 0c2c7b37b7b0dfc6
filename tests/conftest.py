import pytest
from django.conf import settings
from django.utils import translation

from portal.demo.loader import load_demo


@pytest.fixture(autouse=True)
def _japanese_by_default():
    """Each test starts in the default language: a request to an /en/ page activates English
    for the rest of the thread, which would leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


@pytest.fixture
def bulk(db):
    """About ten times the demo data (60 groups, 3,000 events), for pinning query counts."""
    from tests.bulk import load_bulk

    return load_bulk()
