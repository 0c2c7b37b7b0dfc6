"""The two mails of a message: to the group (Reply-To the resident, so the coordinator answers
directly) and a short acknowledgement to the resident.

The acknowledgement repeats nothing the sender typed (not their name, not their message): the
form is open to anyone, and a mail carrying chosen text to any address would make it a relay.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from core.mail import queue_mail
from inquiries.recipients import message_recipients


def send_message_mails(message) -> None:
    group = message.area_group
    admin_url = settings.SITE_URL + reverse(
        "admin:inquiries_groupmessage_change", args=[message.pk]
    )
    recipients = message_recipients(group)
    if recipients:  # else it waits in the admin, for whoever is given the group
        with override(settings.LANGUAGE_CODE):  # coordinators read Japanese
            queue_mail(
                subject=_("【問い合わせ】%(group)s へのメッセージ") % {"group": group.name},
                body=render_to_string(
                    "inquiries/email_to_group.txt", {"message": message, "admin_url": admin_url}
                ),
                to=recipients,
                headers={"Reply-To": message.email},
            )
    queue_mail(
        subject=_("お問い合わせを受け付けました（%(group)s）") % {"group": group.name},
        body=render_to_string("inquiries/email_acknowledgement.txt", {"group": group}),
        to=[message.email],
    )
