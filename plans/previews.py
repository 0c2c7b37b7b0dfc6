"""Preview of a わたまちプラン: the area's plan page with this plan, draft or not, from the
public view's own context (plans.views.area_plan_context; see areas/previews.py)."""

from areas.previews import is_draft, render_preview
from events.models import Event
from plans.models import AreaPlan
from plans.views import area_plan_context, plan_queryset


def plan_preview(request, plan, admin_url=None):
    public_events = Event.objects.published().order_by("starts_at", "pk")
    shown = plan_queryset(AreaPlan.objects.filter(pk=plan.pk), public_events).get()
    context = area_plan_context(shown.area_group, shown, public_events)
    return render_preview(
        request, "plans/area_plan.html", context, draft=is_draft(shown), admin_url=admin_url
    )
