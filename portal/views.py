from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render

from areas.fiscal_year import current_fiscal_year
from areas.models import AreaGroup, Charter, CommonTheme


def home(request):
    year = current_fiscal_year()
    charter = Charter.objects.for_year(year).prefetch_related("goals").first()
    context = {
        "fiscal_year": year,
        "charter": charter,
        "common_themes": CommonTheme.objects.filter(fiscal_year__lte=year).order_by("-fiscal_year")[
            :1
        ],
        "area_groups": AreaGroup.objects.select_related("municipality"),
    }
    return render(request, "portal/home.html", context)


def bench_ceiling(request):
    """The fastest page there can be: a short text through the same middleware and server.

    bench/run reports every page's speed as a fraction of this one's. Served only when
    DJANGO_BENCH_CEILING is on.
    """
    if not settings.BENCH_CEILING:
        raise Http404
    return HttpResponse("ok", content_type="text/plain")
