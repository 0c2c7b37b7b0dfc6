"""Helpers for tests of stored uploads: where a row's files are, and their addresses."""

from pathlib import Path

from django.conf import settings
from django.urls import reverse

from areas.models import PublicationStatus
from coops.models import Organization
from events.models import ActivityReport, Event
from tests.imagefiles import image_bytes, upload

FILE_FIELDS = ("image", "card", "thumbnail")


def names(photo) -> list[str]:
    return [getattr(photo, field).name for field in FILE_FIELDS]


def stored(name) -> Path:
    return Path(settings.MEDIA_ROOT) / name


def media_url(name) -> str:
    return f"{settings.MEDIA_URL}{name}"


def publish(event, publication=PublicationStatus.PUBLISHED):
    """Publish (or unpublish) the event and its reports: a report's photo is public when both
    are (a draft report's photo: tests/events/test_report_drafts.py)."""
    Event.objects.filter(pk=event.pk).update(publication=publication)
    ActivityReport.objects.filter(event=event).update(publication=publication)


def add_logo(client, slug, filename="our-coop-logo.png") -> str:
    data = {
        "name": slug,
        "slug": slug,
        "kind": "regional_coop",
        "is_member_coop": "on",
        "logo": upload(image_bytes("PNG"), name=filename, content_type="image/png"),
    }
    assert client.post(reverse("admin:coops_organization_add"), data).status_code == 302
    return Organization.objects.get(slug=slug).logo.name
