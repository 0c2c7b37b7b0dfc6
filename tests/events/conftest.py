"""Fixtures only the events' tests need."""

import pytest

from areas.models import PublicationStatus


@pytest.fixture
def bulk_event(bulk):
    """A generated event a visitor may open, among six times the demo data."""
    return next(e for e in bulk.events if e.publication == PublicationStatus.PUBLISHED)
