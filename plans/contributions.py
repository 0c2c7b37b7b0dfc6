"""What the plans app adds to apps below it: its plans keep an area group from being deleted
(see areas/deletion.py)."""

from django.utils.translation import gettext_lazy as _

from areas import deletion
from plans.models import AreaPlan


def register() -> None:
    deletion.register(_("わたまちプラン"), AreaPlan, "area_group")
