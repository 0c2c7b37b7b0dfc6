import pytest

from areas.models import AreaGroup

ADDRESS = "hanako.resident@example.net"
MESSAGE = {
    "name": "山田花子",
    "email": ADDRESS,
    "phone": "090-1234-5678",
    "body": "子ども食堂の手伝いをしたいのですが、どこに連絡すればよいですか。",
    "website": "",
}


@pytest.fixture
def arakawa(coordinator_a, coordinator_b):
    """荒川区's group, with its coordinator (and 北区's with theirs)."""
    group = AreaGroup.objects.get(slug="arakawa")
    group.contact_name = "コープみらい 荒川センター"
    group.contact_phone = "03-1234-5678"
    group.contact_hours = "平日 9時〜17時"
    group.save()
    return group


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """POST the contact form (the mails are sent: the on_commit callbacks run)."""

    def post(slug="arakawa", prefix="", **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"{prefix}/areas/{slug}/contact/", MESSAGE | changes)

    return post
