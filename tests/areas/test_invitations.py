"""The secretariat invites a coordinator; the link works once, and not after it expires."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from areas.models import AreaGroup, Invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invite(client, secretariat, tokyo_areas):
    def send(email="new.coordinator@example.org", slugs=("arakawa",)):
        client.force_login(secretariat)
        areas = [str(a.pk) for a in AreaGroup.objects.filter(slug__in=slugs)]
        response = client.post(
            reverse("admin:areas_invitation_add"), {"email": email, "area_groups": areas}
        )
        assert response.status_code == 302
        client.logout()
        link = re.search(r"http://testserver(/\S+)", mail.outbox[-1].body).group(1)
        return link

    return send


def test_secretariat_invitation_sends_a_single_use_link(invite):
    link = invite()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.coordinator@example.org"]
    assert "荒川区まちづくり" in mail.outbox[0].body
    invitation = Invitation.objects.get()
    assert link.split("/")[-2] not in invitation.token_hash  # only a hash is stored


def test_invitee_sets_a_password_and_becomes_coordinator_of_those_areas(client, invite):
    link = invite()
    assert "荒川区まちづくり" in client.get(link).content.decode()
    response = client.post(
        link, {"password1": "kusa-no-hana-2023", "password2": "kusa-no-hana-2023"}
    )
    assert response.status_code == 302
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email="new.coordinator@example.org")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="コーディネーター").exists()
    assert list(user.coordinated_area_groups.values_list("slug", flat=True)) == ["arakawa"]
    assert client.get(reverse("admin:areas_yearlytheme_changelist")).status_code == 200


def test_the_new_coordinator_signs_in_with_email_and_password(client, invite):
    link = invite()
    client.post(link, {"password1": "kusa-no-hana-2023", "password2": "kusa-no-hana-2023"})
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": "new.coordinator@example.org", "password": "kusa-no-hana-2023"},
    )
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_used_link_cannot_be_used_again(client, invite):
    link = invite()
    client.post(link, {"password1": "kusa-no-hana-2023", "password2": "kusa-no-hana-2023"})
    client.logout()
    again = client.post(link, {"password1": "another-pass-9876", "password2": "another-pass-9876"})
    assert again.status_code == 410
    assert "すでに使われています" in again.content.decode()


def test_an_expired_link_says_so_and_creates_nothing(client, invite):
    link = invite()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(
        link, {"password1": "kusa-no-hana-2023", "password2": "kusa-no-hana-2023"}
    )
    assert response.status_code == 410
    assert "有効期限が切れています" in response.content.decode()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="new.coordinator@example.org").exists()


def test_a_made_up_link_is_not_found(client, db):
    response = client.get(reverse("staff:invitation_accept", args=["made-up-token"]))
    assert response.status_code == 404
    assert "正しくありません" in response.content.decode()


def test_a_weak_or_mismatched_password_is_refused_with_a_message(client, invite):
    link = invite()
    response = client.post(link, {"password1": "12345678", "password2": "12345678"})
    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    response = client.post(link, {"password1": "kusa-no-hana-2023", "password2": "different-1"})
    assert "一致しません" in response.content.decode()
    assert Invitation.objects.get().accepted_at is None


def test_an_existing_coordinator_gains_the_new_area_and_keeps_their_password(
    client, coordinator_b, invite
):
    link = invite(email=coordinator_b.email, slugs=("arakawa",))
    response = client.post(link, {})
    assert response.status_code == 302
    coordinator_b.refresh_from_db()
    assert coordinator_b.check_password("pass-for-tests-only")
    slugs = set(coordinator_b.coordinated_area_groups.values_list("slug", flat=True))
    assert slugs == {"arakawa", "kita"}


def test_nobody_can_sign_up_on_their_own(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "me@example.org",
            "password1": "kusa-no-hana-2023",
            "password2": "kusa-no-hana-2023",
        },
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="me@example.org").exists()
    assert response.status_code == 200
    assert "signup_closed" in response.templates[0].name


def test_coordinators_cannot_invite(client, coordinator_a):
    client.force_login(coordinator_a)
    assert client.get(reverse("admin:areas_invitation_add")).status_code == 403
