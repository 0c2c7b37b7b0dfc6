"""Optimistic concurrency for every row a person edits: each save bumps `version`.

An admin form carries the version it was opened with (core/admin_forms.py) and is refused
when the stored row has moved on, so nobody overwrites a change they have not seen.

It lives in core, below every app, because every app (coops included) has such rows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def bump_version(obj) -> None:
    """Set `obj.version` to one more than the stored row's, so versions only ever grow.

    Counting from the stored row (not the instance) keeps the number rising even when an
    old version is restored from the history.
    """
    if obj.pk is None or obj._state.adding:
        return
    stored = type(obj)._default_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
    obj.version = (stored if stored is not None else obj.version) + 1


class VersionedModel(models.Model):
    """A model whose every save() bumps `version`; QuerySet.update() must bump it itself."""

    version = models.PositiveIntegerField(_("版"), default=0, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        bump_version(self)
        if kwargs.get("update_fields"):  # a partial save is a save too
            kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)
