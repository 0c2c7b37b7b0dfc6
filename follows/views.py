"""The follow pages: the form, the confirmation and the unsubscribe link.

Every page here is never cached (never_cache): the form carries a CSRF token and the others
a resident's token, neither of which may be stored and shown to someone else. The
unsubscribe URL also answers mail programs' one-click POST (RFC 8058), which carries no CSRF
token: the secret in the path is the proof.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import form_guards
from follows import rate_limit, services
from follows.forms import FollowForm
from follows.tokens import follower_for_unsubscribe


def _unusable(request):
    return render(request, "follows/link_unusable.html", status=404)


@never_cache
@require_http_methods(["GET", "POST"])
def follow(request):
    if request.method == "GET":
        area = request.GET.get("area")
        form = FollowForm(initial={"areas": [area] if area else []})
        return render(request, "follows/follow.html", {"form": form})
    form = FollowForm(request.POST)
    if not rate_limit.allow_ip(form_guards.client_ip(request)):
        form.add_error(
            None, _("短い時間に何度も送られました。しばらくしてからもう一度お試しください。")
        )
        return render(request, "follows/follow.html", {"form": form}, status=429)
    if form.is_bot():
        return render(request, "follows/follow_sent.html")  # as if sent: a bot learns nothing
    if not form.is_valid():
        return render(request, "follows/follow.html", {"form": form}, status=400)
    email = form.cleaned_data["email"]
    if rate_limit.allow_address(email):
        services.subscribe(email, form.chosen_groups(), form.cleaned_data["kinds"])
    # The same page whether the address already follows, is new, or was asked too often.
    return render(request, "follows/follow_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    follower = services.pending_for_token(token)
    if follower is None:
        return _unusable(request)
    if request.method == "POST":
        services.confirm(follower)
        return render(request, "follows/confirmed.html", {"areas": follower.areas.all()})
    return render(
        request,
        "follows/confirm.html",
        {"areas": follower.areas.all(), "kinds": follower.kind_labels()},
    )


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    follower = follower_for_unsubscribe(token)
    if follower is None:
        return _unusable(request)
    if request.method == "GET":
        return render(request, "follows/unsubscribe.html", {"areas": follower.areas.all()})
    # The page's button and a mail program's one-click POST ("List-Unsubscribe=One-Click")
    # alike: no further step.
    services.unsubscribe(follower)
    return render(request, "follows/unsubscribed.html")
