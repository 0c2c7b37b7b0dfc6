"""The 事務局 publishes a year's booklet after confirming it, and may withdraw an edition.

- GET …/publish/ is the confirmation: what will be published (network, year, counts, the
  year's words or what is missing, what changed since the latest edition); its form
  POSTs back with the latest edition's number it showed, so a second click or an
  outdated page publishes nothing new (booklet/publishing.py).
- …/withdraw/ asks for a reason and withdraws the latest edition; nothing is deleted.
- …/editions/ and …/editions/<n>/ keep every edition readable: published ones by anyone
  (they are public records), a withdrawn one shows its withdrawal note instead, and its
  content only to the 事務局.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from areas.permissions import staff_permission_required
from booklet import changes, edition_words, publishing, services
from booklet.forms import PublishForm, WithdrawForm
from booklet.links import network_or_default, report_url
from booklet.models import PublishedReport, YearBooklet
from booklet.sections import BOOKLET_SECTIONS
from booklet.views import PREVIEW, check_year
from core.fiscal_year import fiscal_year_label

PUBLISH = "booklet.publish_report"


def _redirect(name: str, network, year: int, *args):
    return HttpResponseRedirect(report_url(name, network, year, *args))


@staff_permission_required(PUBLISH)
def publish(request, year: int, network: str | None = None):
    check_year(year)
    network = network_or_default(network)
    label = fiscal_year_label(year)
    if not services.has_data(year, network):
        messages.error(request, _("%(year)sには公開できるデータがありません。") % {"year": label})
        return HttpResponseRedirect(reverse("reports:list"))
    if request.method == "POST":
        return _publish(request, year, network)
    return render(request, "booklet/confirm_publish.html", _confirmation(year, network))


def _publish(request, year: int, network):
    form = PublishForm(request.POST)
    based_on = form.cleaned_data["based_on"] if form.is_valid() else -1
    label = fiscal_year_label(year)
    try:
        done = publishing.publish(year, request.user, network, based_on=based_on)
    except publishing.PublishRefused as refused:
        messages.error(request, str(refused))
        return _redirect("publish", network, year)
    if not done.created:
        messages.info(
            request,
            _("第%(number)s版と同じ内容のため、新しい版は作りませんでした。")
            % {"number": done.report.number},
        )
    elif done.report.number == 1:
        messages.success(request, _("%(year)sの報告を公開しました。") % {"year": label})
    else:
        messages.success(
            request,
            _("%(year)sの報告を第%(number)s版として公開しました。")
            % {"year": label, "number": done.report.number},
        )
    return _redirect("detail", network, year)


def _confirmation(year: int, network) -> dict:
    latest = PublishedReport.objects.latest_of(network, year)
    content = publishing.would_publish(year, network, latest)
    words = YearBooklet.objects.of(network, year)
    context = {
        "fiscal_year": year,
        "network": network,
        "report": content,
        "latest": latest,
        "next_number": (latest.number if latest else 0) + 1,
        "form": PublishForm(initial={"based_on": latest.number if latest else 0}),
        "unchanged": publishing.is_unchanged(latest, content),
        "words": words,
        "missing_words": edition_words.missing_fields(words),
        "unfinished_themes": services.unfinished_themes(year, network),
        "counts": {
            "areas": len(content["areas"]),
            "promoting": len(content["promoting"]),
            "themes": sum(1 for area in content["areas"] if area["text"]),
            "members": sum(len(area["members"]) for area in content["areas"]),
            "events": content["figures"]["totals"]["events"],
            "reports": content["figures"]["totals"]["reports"],
        },
    }
    if latest is not None:
        context["changed_sections"] = changes.changed_sections(latest.content, content)
        context["changed_areas"] = changes.changed_areas(latest.content, content)
    return context


@staff_permission_required(PUBLISH)
def withdraw(request, year: int, network: str | None = None):
    check_year(year)
    network = network_or_default(network)
    latest = PublishedReport.objects.latest_of(network, year)
    if latest is None or latest.is_withdrawn:
        messages.error(request, _("取り下げられる版はありません。"))
        return _redirect("detail", network, year)
    form = WithdrawForm(request.POST or None, initial={"number": latest.number})
    if request.method == "POST" and form.is_valid():
        try:
            _check_number(form.cleaned_data["number"], latest)
            publishing.withdraw(latest, request.user, form.cleaned_data["reason"])
        except publishing.PublishRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(
                request,
                _("%(year)sの報告（第%(number)s版）を取り下げました。")
                % {"year": fiscal_year_label(year), "number": latest.number},
            )
            return _redirect("detail", network, year)
    context = {"fiscal_year": year, "network": network, "latest": latest, "form": form}
    return render(request, "booklet/withdraw.html", context)


def _check_number(number: int, latest) -> None:
    """The form was for the latest edition (not an older page's)."""
    if number != latest.number:
        raise publishing.PublishRefused(publishing.outdated_message(latest))


def editions(request, year: int, network: str | None = None):
    check_year(year)
    network = network_or_default(network)
    found = list(PublishedReport.objects.of_year(network, year).select_related("published_by"))
    if not found:
        raise Http404(_("この年度の報告はまだ公開されていません。"))
    context = {"fiscal_year": year, "network": network, "editions": found}
    context["may_see_names"] = request.user.has_perm(PREVIEW)
    return render(request, "booklet/editions.html", context)


def edition(request, year: int, number: int, network: str | None = None):
    check_year(year)
    network = network_or_default(network)
    shown = get_object_or_404(
        PublishedReport.objects.select_related("published_by", "withdrawn_by"),
        network=network,
        fiscal_year=year,
        number=number,
    )
    latest = PublishedReport.objects.latest_of(network, year)
    # A withdrawn year is withdrawn in every edition: the public reads none of them.
    withdrawn = shown.is_withdrawn or latest.is_withdrawn
    context = {
        "fiscal_year": year,
        "network": network,
        "edition": shown,
        "latest": latest,
        "report": shown.content,
        "sections": BOOKLET_SECTIONS,
        "show_content": not withdrawn or request.user.has_perm(PREVIEW),
        "is_withdrawn": withdrawn,
        "may_see_names": request.user.has_perm(PREVIEW),
    }
    return render(request, "booklet/edition.html", context)
