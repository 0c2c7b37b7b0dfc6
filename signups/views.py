"""The resident's pages: the sign-up form of an event, and the private page of a sign-up
(/signups/<token>/) where it is seen and cancelled.

None of these pages is ever stored by the anonymous page cache (never_cache): the form
carries a CSRF token, and a sign-up's page a resident's data.
"""

import datetime

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import form_guards
from events import places
from events import signup_opening as opening
from events.models import Event
from signups import ratelimit, services
from signups.forms import SignupForm
from signups.models import Signup, SignupStatus


def _date_choices(event, occurrences, taken):
    choices = []
    for occurrence in occurrences:
        label = _date_label(occurrence)
        left = places.remaining(event, taken, occurrence.date)
        if left == 0:
            label = _("%(date)s（満員・補欠で受付）") % {"date": label}
        elif left is not None:
            text = ngettext("%(date)s（残り%(left)s人）", "%(date)s（残り%(left)s人）", left)
            label = text % {"date": label, "left": left}
        choices.append((occurrence.date.isoformat(), label))
    return choices


def _date_label(occurrence) -> str:
    start = timezone.localtime(occurrence.starts_at)
    return date_format(start, "DATETIME_FORMAT")


def _asked_date(request):
    raw = request.GET.get("date") or request.POST.get("date") or ""
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        return None


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, pk):
    event = get_object_or_404(Event.objects.published().select_related("venue"), pk=pk)
    open_dates = opening.open_occurrences(event)
    asked = _asked_date(request)
    if asked is not None:
        occurrence = opening.occurrence_on(event, asked)
        open_dates = [occurrence] if opening.is_open(event, occurrence) else []
    if not open_dates:
        return render(request, "signups/closed.html", {"event": event}, status=200)
    taken = places.taken_places(event, [o.date for o in open_dates])
    choices = _date_choices(event, open_dates, taken)
    initial = {"date": choices[0][0]} if len(choices) == 1 else {}
    form = SignupForm(request.POST or None, dates=choices, initial=initial)
    context = {"event": event, "form": form, "single_date": len(choices) == 1}
    if request.method != "POST":
        return render(request, "signups/register.html", context)
    if form.is_bot():
        # Answer as if received, so a bot learns nothing; nothing is stored or sent.
        return render(request, "signups/received.html", {"event": event, "bot": True})
    if not form.is_valid():
        return render(request, "signups/register.html", context, status=400)
    data = form.cleaned_data
    contacts = [data["email"], data["phone"]]
    if ratelimit.is_limited(form_guards.client_ip(request), contacts):
        form.add_error(
            None, _("短い時間に申し込みが続いています。1時間ほどたってからお試しください。")
        )
        return render(request, "signups/register.html", context, status=429)
    day = datetime.date.fromisoformat(data["date"])
    result = services.create_signup(
        event=event,
        day=day,
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        party_size=data["party_size"],
        note=data["note"],
        site_url=request.build_absolute_uri("/"),
    )
    if result.duplicate:
        return render(request, "signups/received.html", {"event": event, "duplicate": True})
    ratelimit.count(form_guards.client_ip(request), contacts)
    if result.signup.status == SignupStatus.WAITLISTED:
        messages.warning(request, _("定員に達しているため、補欠として受け付けました。"))
    else:
        messages.success(request, _("お申し込みを受け付けました。"))
    return HttpResponseRedirect(reverse("signups:manage", args=[result.token]))


def _signup_by_token(token: str) -> Signup:
    signup = Signup.objects.by_token(token).select_related("event__venue").first()
    if signup is None:
        raise Http404(_("この申し込みは見つかりません。"))
    return signup


@never_cache
def manage(request, token):
    signup = _signup_by_token(token)
    occurrence = opening.occurrence_on(signup.event, signup.occurrence_date)
    context = {"signup": signup, "event": signup.event, "occurrence": occurrence, "token": token}
    return render(request, "signups/manage.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request, token):
    signup = _signup_by_token(token)
    if not signup.is_active:
        return HttpResponseRedirect(reverse("signups:manage", args=[token]))
    if request.method == "POST":
        services.cancel_signup(signup)
        messages.success(request, _("申し込みを取り消しました。"))
        return HttpResponseRedirect(reverse("signups:manage", args=[token]))
    return render(
        request, "signups/cancel.html", {"signup": signup, "event": signup.event, "token": token}
    )
