"""/areas/<slug>/voice/: a resident sends a local concern or need (声を届ける) to an area whose
わたまち process is public (a published plan or a published わたまち gathering, the rule of
the plan page). Nothing is shown back: the voice waits for the coordinator's moderation.
The form page is never cached (CSRF token); the page after sending shows nothing typed."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from areas.models import AreaGroup
from core.form_guards import client_ip, within_limits
from events.models import Event
from plans.models import WATAMACHI_KINDS, AreaPlan
from plans.voice_forms import VoiceSubmissionForm


def takes_voices(group) -> bool:
    """Whether the area has a public わたまち process to send voices to."""
    if AreaPlan.objects.published().filter(area_group=group).exists():
        return True
    gatherings = Event.objects.published().filter(area_groups=group, kind__in=WATAMACHI_KINDS)
    return gatherings.exists()


def _group(slug):
    group = get_object_or_404(AreaGroup.objects.select_related("municipality"), slug=slug)
    if not takes_voices(group):
        raise Http404("No わたまち process in this area.")
    return group


def _crumbs(group):
    return [
        (_("地域のまちづくり"), reverse("areas:list")),
        (group.name, group.get_absolute_url()),
        (_("わたまちプラン"), reverse("area_plan", args=[group.slug])),
        (_("声を届ける"), None),
    ]


@never_cache
def send_voice(request, slug):
    group = _group(slug)
    form = VoiceSubmissionForm(request.POST or None)
    limited = False
    if request.method == "POST" and form.is_valid():
        if form.is_bot():
            return redirect("area_voice_sent", slug=group.slug)
        if within_limits("voice", ip=client_ip(request), address=form.cleaned_data["contact"]):
            submission = form.save(commit=False)
            submission.area_group = group
            submission.save()
            return redirect("area_voice_sent", slug=group.slug)
        limited = True
    context = {"group": group, "form": form, "limited": limited, "breadcrumbs": _crumbs(group)}
    return render(request, "plans/voice_form.html", context, status=429 if limited else 200)


def voice_sent(request, slug):
    group = _group(slug)
    return render(request, "plans/voice_sent.html", {"group": group, "breadcrumbs": _crumbs(group)})
