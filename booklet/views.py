"""The yearly report pages: the public booklet, its PDF and figures, and the 事務局's tools.

Who may do what is named by permission (PublishedReport's Meta), never by staff
status: the draft booklet (`booklet.preview_report`), publishing (`booklet.publish_report`),
the dashboard (`booklet.view_dashboard`) and the exports (`booklet.export_year_data`) are the
事務局's. Coordinators see the published booklet like everyone else.
"""

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from areas.permissions import staff_permission_required
from booklet import exports, services
from booklet.models import PublishedReport
from booklet.sections import BOOKLET_SECTIONS
from core.fiscal_year import current_fiscal_year, fiscal_year_label, is_known_year

PDF_CACHE_SECONDS = 60 * 60 * 24
PREVIEW = "booklet.preview_report"


def _check_year(year: int) -> None:
    if not is_known_year(year):
        raise Http404(_("その年度の報告はありません。"))


def _report(request, year: int):
    """(content, published, is_draft) for whoever asks, or (None, None, False) if not ready.

    The public sees only a published snapshot. The 事務局 sees the snapshot too, and the live
    draft (built from today's data) before publication or when they ask for it with ?draft=1.
    """
    _check_year(year)
    published = (
        PublishedReport.objects.filter(fiscal_year=year).select_related("published_by").first()
    )
    may_preview = request.user.has_perm(PREVIEW)
    wants_draft = may_preview and request.GET.get("draft") == "1"
    if published and not wants_draft:
        return published.content, published, False
    if may_preview and services.has_data(year):
        return services.build_report(year), published, True
    return None, None, False


def _not_ready(request, year: int):
    return render(request, "booklet/not_ready.html", {"fiscal_year": year}, status=404)


def report_list(request):
    published = list(
        PublishedReport.objects.order_by("-fiscal_year").values("fiscal_year", "published_at")
    )
    context = {"published": published}
    if request.user.has_perm(PREVIEW):
        done = {p["fiscal_year"] for p in published}
        years = set(services.report_years()) | {current_fiscal_year()}
        context["drafts"] = sorted(years - done, reverse=True)
    return render(request, "booklet/list.html", context)


def report_detail(request, year: int):
    content, published, is_draft = _report(request, year)
    if content is None:
        return _not_ready(request, year)
    context = {
        "report": content,
        "fiscal_year": year,
        "published": published,
        "is_draft": is_draft,
        "sections": BOOKLET_SECTIONS,
    }
    if request.user.has_perm(PREVIEW):
        context["unfinished_themes"] = (
            services.untitled_areas(content) if is_draft else services.unfinished_themes(year)
        )
    if request.user.has_perm(PREVIEW) and published and not is_draft:
        live = services.build_report(year)
        context["changed_since_publication"] = services.booklet_part(live) != services.booklet_part(
            content
        )
    return render(request, "booklet/detail.html", context)


@require_POST
@staff_permission_required("booklet.publish_report")
def publish(request, year: int):
    _check_year(year)
    if not services.has_data(year):
        messages.error(
            request,
            _("%(year)sには公開できるデータがありません。") % {"year": fiscal_year_label(year)},
        )
        return redirect("reports:list")
    report = services.publish(year, request.user)
    if report.publish_count > 1:
        message = _("%(year)sの報告を最新のデータで再公開しました。")
    else:
        message = _("%(year)sの報告を公開しました。")
    messages.success(request, message % {"year": fiscal_year_label(year)})
    return redirect("reports:detail", year=year)


def report_pdf(request, year: int):
    from booklet.pdf import render_report_pdf

    content, published, is_draft = _report(request, year)
    if content is None:
        return _not_ready(request, year)
    # The figures get a page of their own only when asked for (?figures=1).
    figures = request.GET.get("figures") == "1"
    if is_draft:
        pdf = render_report_pdf(content, is_draft=True, figures=figures, request=request)
    else:
        # A published report changes only when published again: keep its PDF (about a
        # second of rendering) until then, per language and with or without the figures.
        stamp = published.published_at.timestamp()
        key = f"reports:pdf:{year}:{stamp}:{get_language()}:{int(figures)}"
        pdf = cache.get(key)
        if pdf is None:
            pdf = render_report_pdf(content, figures=figures, request=request)
            cache.set(key, pdf, timeout=PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="machizukuri-report-{year}.pdf"'
    return response


def report_csv(request, year: int):
    content, _published, _is_draft = _report(request, year)
    if content is None:
        return _not_ready(request, year)
    return exports.csv_response(f"machizukuri-summary-{year}.csv", *exports.summary_table(content))


def report_xlsx(request, year: int):
    content, _published, _is_draft = _report(request, year)
    if content is None:
        return _not_ready(request, year)
    return exports.xlsx_response(
        f"machizukuri-summary-{year}.xlsx",
        [(_("まとめ"), *exports.summary_table(content))],
    )


def _network(slug: str | None):
    """The network a URL names (None: the default one, no query)."""
    from areas.models import Network

    return None if slug is None else get_object_or_404(Network, slug=slug)


def _dashboard_path(request) -> str:
    """The dashboard a reminder page belongs to: its own path without "remind/" (so another
    network's /reports/<network>/<year>/dashboard/remind/ goes back to its own)."""
    return request.path.removesuffix("remind/")


@staff_permission_required("booklet.view_dashboard")
def dashboard(request, year: int, network: str | None = None):
    from booklet.dashboard import build_dashboard
    from plans.services import plans_overdue_for_review

    _check_year(year)
    network = _network(network)
    return render(
        request,
        "booklet/dashboard.html",
        {
            "fiscal_year": year,
            "dashboard": build_dashboard(year, network),
            # わたまちプラン (issue 6): reviews that are late as of today, whatever the year shown.
            "overdue_plans": plans_overdue_for_review(),
            "remind_url": request.path + "remind/",
        },
    )


@staff_permission_required("booklet.view_dashboard")
def remind(request, year: int, network: str | None = None):
    """The reminder to the groups behind: GET confirms whom it mails, POST mails them."""
    from booklet import reminders
    from booklet.dashboard import group_statuses
    from booklet.year_groups import network_slug

    _check_year(year)
    network = _network(network)
    slug = network_slug(network)
    found = reminders.reminders(group_statuses(services.collect(year, network)), slug, year)
    if request.method != "POST":
        context = {"fiscal_year": year, "reminders": found, "network": network}
        context["dashboard_url"] = _dashboard_path(request)
        return render(request, "booklet/remind_confirm.html", context)
    base_url = request.build_absolute_uri("/").rstrip("/")
    outcome = reminders.send_reminders(found, slug, year, base_url)
    _report_outcome(request, outcome)
    return redirect(_dashboard_path(request))


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
    if not (outcome.sent or outcome.skipped or outcome.failed or outcome.no_address):
        messages.info(request, _("遅れているグループはありません。"))


@staff_permission_required("booklet.export_year_data")
def export(request, year: int, kind: str, fmt: str):
    _check_year(year)
    if kind not in exports.DATA_TABLES:
        raise Http404(_("その一覧はありません。"))
    title, build = exports.DATA_TABLES[kind]
    header, rows = build(year)
    filename = f"machizukuri-{kind}-{year}.{fmt}"
    if fmt == "csv":
        return exports.csv_response(filename, header, rows)
    return exports.xlsx_response(filename, [(str(title), header, rows)])
