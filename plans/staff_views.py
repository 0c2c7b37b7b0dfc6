"""Staff preview of a saved わたまちプラン, for the staff of its area (another area's plan is
a 404), drafts included (plans/previews.py)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse

from areas.permissions import scoped_q, staff_permission_required
from plans import previews
from plans.models import AreaPlan


@staff_permission_required("plans.view_areaplan")
def plan_preview(request, pk):
    plan = get_object_or_404(AreaPlan.objects.filter(scoped_q(request.user, "area_group")), pk=pk)
    admin_url = reverse("admin:plans_areaplan_change", args=[plan.pk])
    return previews.plan_preview(request, plan, admin_url)
