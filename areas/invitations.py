"""Coordinator invitations: the email, and turning a used link into a staff account."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from areas.models import Invitation
from core.link_tokens import hash_link_token as hash_token


class InvitationUnusable(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "unknown", "used" or "expired"


def send_invitation(request, invitation: Invitation, token: str) -> None:
    url = request.build_absolute_uri(reverse("staff:invitation_accept", args=[token]))
    context = {
        "invitation": invitation,
        "url": url,
        "areas": list(invitation.area_groups.all()),
        "site_name": settings.SITE_NAME,
        "days": settings.INVITATION_MAX_AGE_DAYS,
    }
    send_mail(
        subject=_("【東京の生協のまちづくり】コーディネーターとしての招待"),
        message=render_to_string("areas/invitation_email.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )


def find_invitation(token: str) -> Invitation:
    invitation = Invitation.objects.filter(token_hash=hash_token(token)).first()
    if invitation is None:
        raise InvitationUnusable("unknown")
    if invitation.is_accepted:
        raise InvitationUnusable("used")
    if invitation.is_expired:
        raise InvitationUnusable("expired")
    return invitation


def existing_user(invitation: Invitation):
    return get_user_model().objects.filter(email__iexact=invitation.email).first()


@transaction.atomic
def accept_invitation(token: str, password: str | None):
    """Use an invitation once: create (or extend) the coordinator's account.

    An existing account keeps its password; it only gains the invitation's areas.
    """
    invitation = find_invitation(token)
    # Lock the row so two clicks at once cannot both use it.
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.is_accepted:
        raise InvitationUnusable("used")
    user = existing_user(invitation)
    if user is None:
        user = get_user_model().objects.create_user(
            username=invitation.email.lower()[:150],
            email=invitation.email.lower(),
            password=password,
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=settings.COORDINATOR_GROUP))
    for area in invitation.area_groups.all():
        area.coordinators.add(user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_user = user
    invitation.save(update_fields=["accepted_at", "accepted_user"])
    return user
