"""Fixtures only the portal's tests need."""

import pytest


@pytest.fixture
def visitor():
    """An anonymous resident, on a browser of their own (admin_client reuses `client`)."""
    from django.test import Client

    return Client()
