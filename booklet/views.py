"""The yearly report pages: the public booklet, its PDF and figures, and the 事務局's tools.

Who may do what is named by permission (PublishedReport's Meta), never by staff
status: the draft booklet (`booklet.preview_report`), publishing and withdrawing
(`booklet.publish_report`, booklet/publication_views.py), the dashboard
(`booklet.view_dashboard`) and the exports (`booklet.export_year_data`) are the 事務局's.
Coordinators see the published booklet like everyone else.

Every view takes `network` (a slug from `/reports/<network>/<year>/…`, None for the default
network's `/reports/<year>/…`). The public reads a year's latest edition; once it is
withdrawn, the page says so (410) until the 事務局 publishes the year again.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from areas.models import Network
from areas.permissions import staff_permission_required
from booklet import edition_words, exports, services
from booklet.links import network_or_default, report_url
from booklet.models import PublishedReport, YearBooklet
from booklet.sections import BOOKLET_SECTIONS
from core.fiscal_year import current_fiscal_year, is_known_year

PDF_CACHE_SECONDS = 60 * 60 * 24
PREVIEW = "booklet.preview_report"


def check_year(year: int) -> None:
    if not is_known_year(year):
        raise Http404(_("その年度の報告はありません。"))


@dataclass
class Shown:
    """What a report URL shows one person: a published edition, the draft, or nothing."""

    network: Network
    content: dict | None
    edition: PublishedReport | None  # the edition shown (None: the draft, or nothing)
    latest: PublishedReport | None  # the year's latest edition, withdrawn or not
    is_draft: bool = False


def shown_report(request, year: int, network_slug: str | None) -> Shown:
    """The public reads the current edition; the 事務局 also the live draft (?draft=1,
    or when there is no current edition)."""
    check_year(year)
    network = network_or_default(network_slug)
    latest = PublishedReport.objects.latest_of(network, year)
    current = latest if latest and not latest.is_withdrawn else None
    may_preview = request.user.has_perm(PREVIEW)
    wants_draft = may_preview and request.GET.get("draft") == "1"
    if current and not wants_draft:
        return Shown(network, current.content, current, latest)
    if may_preview and services.has_data(year, network):
        return Shown(network, services.build_report(year, network), None, latest, is_draft=True)
    return Shown(network, None, None, latest)


def not_shown(request, year: int, shown: Shown):
    """The year was withdrawn (410, with the date and reason), or is not published yet (404)."""
    context = {"fiscal_year": year, "network": shown.network, "latest": shown.latest}
    if shown.latest is not None and shown.latest.is_withdrawn:
        return render(request, "booklet/withdrawn.html", context, status=410)
    return render(request, "booklet/not_ready.html", context, status=404)


def report_list(request):
    latest = {}
    for edition in PublishedReport.objects.select_related("network").order_by(
        "network__position", "network", "-fiscal_year", "-number"
    ):
        latest.setdefault((edition.network_id, edition.fiscal_year), edition)
    context = {"editions": list(latest.values())}
    if request.user.has_perm(PREVIEW):
        default = Network.objects.default()
        done = {
            year
            for (network, year), e in latest.items()
            if network == default.pk and not e.is_withdrawn
        }
        years = set(services.report_years()) | {current_fiscal_year()}
        context["drafts"] = sorted(years - done, reverse=True)
    return render(request, "booklet/list.html", context)


def report_detail(request, year: int, network: str | None = None):
    shown = shown_report(request, year, network)
    if shown.content is None:
        return not_shown(request, year, shown)
    context = {
        "report": shown.content,
        "fiscal_year": year,
        "network": shown.network,
        "published": shown.edition,
        "latest": shown.latest,
        "is_draft": shown.is_draft,
        "sections": BOOKLET_SECTIONS,
    }
    if request.user.has_perm(PREVIEW):
        context |= staff_context(year, shown)
    return render(request, "booklet/detail.html", context)


def staff_context(year: int, shown: Shown) -> dict:
    """The 事務局's panel: missing themes and words, and whether data changed since."""
    words = YearBooklet.objects.of(shown.network, year)
    context = {
        "unfinished_themes": (
            services.untitled_areas(shown.content)
            if shown.is_draft
            else services.unfinished_themes(year, shown.network)
        ),
        "words": words,
        "missing_words": edition_words.missing_fields(words),
    }
    if shown.edition is not None:
        live = services.build_report(year, shown.network)
        context["changed_since_publication"] = services.booklet_part(live) != services.booklet_part(
            shown.content
        )
    return context


def report_pdf(request, year: int, network: str | None = None):
    from booklet.pdf import render_report_pdf

    shown = shown_report(request, year, network)
    if shown.content is None:
        return not_shown(request, year, shown)
    # The figures get a page of their own only when asked for (?figures=1).
    figures = request.GET.get("figures") == "1"
    if shown.is_draft:
        pdf = render_report_pdf(shown.content, is_draft=True, figures=figures, request=request)
    else:
        # An edition never changes: keep its PDF (about a second of rendering), per language
        # and with or without the figures.
        edition = shown.edition
        key = f"reports:pdf:{edition.network_id}:{year}:{edition.number}:{get_language()}"
        key += f":{int(figures)}"
        pdf = cache.get(key)
        if pdf is None:
            pdf = render_report_pdf(shown.content, figures=figures, request=request)
            cache.set(key, pdf, timeout=PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{_file_stem(shown, year)}.pdf"'
    return response


def _file_stem(shown: Shown, year: int) -> str:
    if shown.network.is_default:
        return f"machizukuri-report-{year}"
    return f"machizukuri-report-{shown.network.slug}-{year}"


def report_csv(request, year: int, network: str | None = None):
    shown = shown_report(request, year, network)
    if shown.content is None:
        return not_shown(request, year, shown)
    return exports.csv_response(
        f"machizukuri-summary-{year}.csv", *exports.summary_table(shown.content)
    )


def report_xlsx(request, year: int, network: str | None = None):
    shown = shown_report(request, year, network)
    if shown.content is None:
        return not_shown(request, year, shown)
    return exports.xlsx_response(
        f"machizukuri-summary-{year}.xlsx",
        [(_("まとめ"), *exports.summary_table(shown.content))],
    )


@staff_permission_required("booklet.view_dashboard")
def dashboard(request, year: int, network: str | None = None):
    from booklet.dashboard import build_dashboard
    from plans.services import plans_overdue_for_review

    check_year(year)
    network = network_or_default(network)
    return render(
        request,
        "booklet/dashboard.html",
        {
            "fiscal_year": year,
            "network": network,
            "dashboard": build_dashboard(year, network),
            # わたまちプラン (issue 6): reviews that are late as of today, whatever the year shown.
            "overdue_plans": plans_overdue_for_review(),
            "remind_url": report_url("remind", network, year),
        },
    )


@staff_permission_required("booklet.view_dashboard")
def remind(request, year: int, network: str | None = None):
    """The reminder to the groups behind: GET confirms whom it mails, POST mails them."""
    from booklet import reminders
    from booklet.dashboard import group_statuses

    check_year(year)
    network = network_or_default(network)
    slug = network.slug
    found = reminders.reminders(group_statuses(services.collect(year, network)), slug, year)
    if request.method != "POST":
        context = {"fiscal_year": year, "reminders": found, "network": network}
        context["dashboard_url"] = report_url("dashboard", network, year)
        return render(request, "booklet/remind_confirm.html", context)
    base_url = request.build_absolute_uri("/").rstrip("/")
    outcome = reminders.send_reminders(found, slug, year, base_url)
    _report_outcome(request, outcome)
    return redirect(report_url("dashboard", network, year))


def _report_outcome(request, outcome) -> None:
    if outcome.sent:
        messages.success(
            request, _("催促のメールを送りました：%(names)s") % {"names": "、".join(outcome.sent)}
        )
    if outcome.skipped:
        messages.info(
            request,
            _("少し前に送ったばかりのため、送りませんでした：%(names)s")
            % {"names": "、".join(outcome.skipped)},
        )
    if outcome.failed:
        messages.error(
            request,
            _(
                "メールを送れませんでした（メールサーバーの不具合）：%(names)s。時間をおいてもう一度お試しください。"
            )
            % {"names": "、".join(outcome.failed)},
        )
    if outcome.no_address:
        messages.warning(
            request,
            _("メールアドレスのあるコーディネーターがいないため送れません：%(names)s")
            % {"names": "、".join(outcome.no_address)},
        )
    if outcome.unclaimed:
        messages.error(
            request,
            _(
                "一時的な不具合のため送りませんでした：%(names)s。時間をおいてもう一度お試しください。"
            )
            % {"names": "、".join(outcome.unclaimed)},
        )
    if not (
        outcome.sent or outcome.skipped or outcome.failed or outcome.no_address or outcome.unclaimed
    ):
        messages.info(request, _("遅れているグループはありません。"))


@staff_permission_required("booklet.export_year_data")
def export(request, year: int, kind: str, fmt: str):
    check_year(year)
    if kind not in exports.DATA_TABLES:
        raise Http404(_("その一覧はありません。"))
    title, build = exports.DATA_TABLES[kind]
    header, rows = build(year)
    filename = f"machizukuri-{kind}-{year}.{fmt}"
    if fmt == "csv":
        return exports.csv_response(filename, header, rows)
    return exports.xlsx_response(filename, [(str(title), header, rows)])
