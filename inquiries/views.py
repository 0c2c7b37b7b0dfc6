"""/areas/<slug>/contact/: a resident writes to an area group.

The form page is never cached (it carries a CSRF token; portal/page_cache.py stores no
private/no-cache response) and the page after sending shows nothing the resident typed.
"""

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from areas.models import AreaGroup
from core.form_guards import client_ip, within_limits
from inquiries.forms import GroupMessageForm
from inquiries.mail import send_message_mails


def _crumbs(group, last):
    return [
        (_("地域のまちづくり"), reverse("areas:list")),
        (group.name, group.get_absolute_url()),
        (last, None),
    ]


@never_cache
def contact(request, slug):
    group = get_object_or_404(AreaGroup.objects.select_related("municipality"), slug=slug)
    form = GroupMessageForm(request.POST or None)
    limited = False
    if request.method == "POST" and form.is_valid():
        if form.is_bot():
            return redirect("inquiries:contact_sent", slug=group.slug)
        email = form.cleaned_data["email"]
        if within_limits("inquiry", ip=client_ip(request), address=email):
            with transaction.atomic():
                message = form.save(commit=False)
                message.area_group = group
                message.save()
                send_message_mails(message)
            return redirect("inquiries:contact_sent", slug=group.slug)
        limited = True
    context = {
        "group": group,
        "form": form,
        "limited": limited,
        "breadcrumbs": _crumbs(group, _("問い合わせ")),
    }
    return render(request, "inquiries/contact_form.html", context, status=429 if limited else 200)


def contact_sent(request, slug):
    group = get_object_or_404(AreaGroup, slug=slug)
    context = {"group": group, "breadcrumbs": _crumbs(group, _("問い合わせ"))}
    return render(request, "inquiries/contact_sent.html", context)
