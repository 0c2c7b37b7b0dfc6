"""Previews are the public page: the very template and context the public gets, marked.

A theme, event, report or plan is previewed two ways, both rendering the public template
with the public view's own context function (no copy of either):
- a saved row (a draft or not): the staff URLs in portal/staff_urls.py, for the staff of
  its area only (another area's row does not exist there);
- the admin form before saving: its 「プレビュー」 button posts the form to `form_preview`,
  which validates it with the admin's own form (so the area rule on the posted ids holds),
  saves it inside a transaction, renders the page, and rolls everything back: no row, no
  history record, no version bump, no page-cache invalidation (those run on commit only),
  and no upload (files are not read; staged photos stay staged, see
  PublishingAdminMixin.save_related_for_preview).

Every preview carries the banner (templates/includes/preview_banner.html, shown by
base.html when `preview` is set), is not indexed (a robots meta tag and X-Robots-Tag) and
is never cached: `never_cache` marks it private and no-store, so the anonymous page cache
(portal/page_cache.py) neither stores nor serves it.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from areas.models import AreaGroup, PublicationStatus, YearlyTheme
from areas.permissions import is_valid_pk
from areas.views import area_page_context


def render_preview(request, template, context, *, draft: bool, admin_url=None):
    """The public `template` with `context`, marked as a preview; `admin_url` None means
    the content comes from an unsaved form."""
    context = {
        **context,
        "preview": {"is_draft": draft, "unsaved": admin_url is None, "admin_url": admin_url},
    }
    response = render(request, template, context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def is_draft(*rows) -> bool:
    return any(row.publication != PublicationStatus.PUBLISHED for row in rows)


def theme_preview(request, theme, admin_url=None):
    """The area's page for the theme's year, the theme shown as if it were published."""
    group = AreaGroup.objects.select_related("municipality").get(pk=theme.area_group_id)
    published = (
        YearlyTheme.objects.published()
        .filter(area_group=group)
        .exclude(fiscal_year=theme.fiscal_year)
        .prefetch_related("goals", "common_themes")
    )
    themes = sorted([*published, theme], key=lambda t: t.fiscal_year, reverse=True)
    context = area_page_context(group, themes, theme.fiscal_year)
    return render_preview(
        request, "areas/area_detail.html", context, draft=is_draft(theme), admin_url=admin_url
    )


def form_preview(model_admin, request, object_id=None):
    """The page the admin form would give once saved, without saving anything.

    Needs the change permission on the row (or the add permission for a new one); the
    admin's own form is used, so a posted id outside the user's areas is an invalid choice.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    obj = None
    if object_id is not None:
        if not is_valid_pk(model_admin.model, unquote(object_id)):
            raise Http404
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not model_admin.has_change_permission(request, obj):
            raise PermissionDenied
    elif not model_admin.has_add_permission(request):
        raise PermissionDenied
    change = obj is not None
    form = model_admin.get_form(request, obj, change=change)(request.POST, instance=obj)
    response = None
    try:
        with transaction.atomic():
            if form.is_valid():
                response = _render_unsaved(model_admin, request, form, change)
            transaction.set_rollback(True)  # nothing of it is kept, valid or not
    except (IntegrityError, ValidationError):
        response = None
        form.add_error(None, _("この内容では保存できません。入力を見直してください。"))
    if response is not None:
        return response
    return _invalid_form_page(model_admin, request, form)


def _render_unsaved(model_admin, request, form, change):
    obj = model_admin.save_form(request, form, change)
    model_admin.save_model(request, obj, form, change)
    model_admin.save_related_for_preview(request, form, change)
    response = model_admin.preview_response(request, obj, admin_url=None)
    if isinstance(response, TemplateResponse):
        response.render()  # inside the transaction, while the rows are there
    return response


def _invalid_form_page(model_admin, request, form):
    """What to fix, in plain words (the form itself stays open in the other tab)."""
    errors = [
        (form.fields[name].label if name in form.fields else "", messages)
        for name, messages in form.errors.items()
    ]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("プレビューできませんでした"),
        "opts": model_admin.model._meta,
        "errors": errors,
    }
    response = TemplateResponse(request, "admin/preview_invalid.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
