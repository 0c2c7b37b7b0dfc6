from django import template

from areas.permissions import is_secretariat
from plans.models import AreaPlan

register = template.Library()


@register.simple_tag(takes_context=True)
def overdue_plans_for_user(context):
    """Plans overdue for review that the signed-in user looks after (all, for the 事務局)."""
    user = context["request"].user
    plans = AreaPlan.objects.overdue_for_review().select_related("area_group")
    if not is_secretariat(user):
        plans = plans.coordinated_by(user)
    return list(plans.order_by("review_base_on", "pk"))
