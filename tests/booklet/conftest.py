"""Fixtures only the booklet's tests need."""

import pytest


@pytest.fixture
def demo_tenfold(demo):
    """Ten times the demo's groups, with their themes, memberships, events and reports over
    several years (bulk_create), for pinning query counts where an N+1 would show."""
    from portal.demo.generator import generate

    generate(10)


@pytest.fixture
def published_2023(demo, superuser):
    """The demo's 2023 booklet, published (its edition row)."""
    from booklet import services

    return services.publish(2023, superuser)


@pytest.fixture
def unpublished_demo(demo):
    """The demo before its 2023 booklet was published (load_demo publishes it as 第1版)."""
    from booklet.models import PublishedReport

    PublishedReport.objects.all().delete()
