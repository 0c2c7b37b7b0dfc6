"""Admin form pieces shared by the apps: optimistic concurrency on versioned models.

They live in coops/admin_forms.py, the lowest app, so that the organizations' admin can use
them too; areas and events import them from here.
"""

from coops.admin_forms import (
    STALE_MESSAGE,
    VersionedAdminMixin,
    VersionedInlineFormSet,
    VersionedModelForm,
)

__all__ = ["STALE_MESSAGE", "VersionedAdminMixin", "VersionedInlineFormSet", "VersionedModelForm"]
