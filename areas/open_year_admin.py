"""The 事務局's 「年度の準備」 page in the admin, linked from the 取り組みテーマ change list.

GET shows, for the chosen year (the next fiscal year by default), what opening it will do
(a dry run); the confirm button POSTs (CSRF) and the page lists what was done. Submitting
twice changes nothing: the second run finds the year prepared. The 事務局 and superusers
only: a coordinator gets 403, someone signed out is sent to sign in (admin_view).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from areas.models import Network
from areas.permissions import is_secretariat
from areas.yearly_cycle import open_fiscal_year
from core.fiscal_year import current_fiscal_year, fiscal_year_label, validate_fiscal_year


class YearForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("年度"), validators=[validate_fiscal_year])
    # Each network opens its own year (Tokyo's by default, the Saitama わたまち one too).
    network = forms.ModelChoiceField(
        label=gettext_lazy("連絡会"),
        queryset=Network.objects.all(),
        required=False,
        empty_label=None,
    )

    def clean_year(self):
        # A past year is a typo here (2007 for 2027): it would make drafts nobody can use.
        # The command still opens one on purpose (manage.py open_fiscal_year).
        year = self.cleaned_data["year"]
        if year < current_fiscal_year():
            raise forms.ValidationError(
                _("過ぎた年度は準備できません。今年度か来年度を選んでください。")
            )
        return year


def open_year_view(model_admin, request):
    if not is_secretariat(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = YearForm(request.POST)
        dry_run = False
    else:
        form = YearForm(request.GET if "year" in request.GET else None)
        form.fields["year"].initial = current_fiscal_year() + 1
        form.fields["network"].initial = Network.objects.default()
        dry_run = True
    year = _chosen_year(form)
    network = form.cleaned_data.get("network") if form.is_bound and form.is_valid() else None
    network = network or Network.objects.default()
    opening = None
    if year is not None:
        base_url = request.build_absolute_uri("/")
        opening = open_fiscal_year(year, dry_run=dry_run, base_url=base_url, network=network)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("年度の準備"),
        "form": form,
        "year": year,
        "network": network,
        "year_label": fiscal_year_label(year) if year is not None else "",
        "opening": opening,
    }
    return TemplateResponse(request, "admin/areas/yearlytheme/open_year.html", context)


def _chosen_year(form) -> int | None:
    if not form.is_bound:
        return form.fields["year"].initial
    return form.cleaned_data["year"] if form.is_valid() else None
