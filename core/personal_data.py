"""Which models hold residents' personal data (個人情報): a model says so itself.

    class SignUp(models.Model):
        personal_data = True  # a resident's name and contact

Such rows leave the portal only when asked: export_portal and import_portal skip them unless
given --include-personal-data (portal/portability.py). A model's edit history
(django-simple-history's Historical… model) is as personal as the model it records.
"""

from django.apps import apps
from django.db import models


def is_personal(model: type[models.Model]) -> bool:
    recorded = getattr(model, "instance_type", None)  # a simple-history model's original
    if recorded is not None and recorded is not model:
        return is_personal(recorded)
    return bool(getattr(model, "personal_data", False))


def personal_labels() -> set[str]:
    """The lower-case "app_label.modelname" of every installed model holding personal data."""
    return {model._meta.label_lower for model in apps.get_models() if is_personal(model)}
