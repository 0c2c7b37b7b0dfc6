"""Data versions: a number in the cache that moves when our rows change, after the commit.

Something built from the data (a cached page, the open-data ZIP) is kept with the version it
was built at, and is stale as soon as the version has moved. `connect_data_changes` calls a
receiver for every save, delete and many-to-many change of the models of the given apps, and
for core.signals.data_changed (writes that send no model signal).

The cache is an accelerator: a version that cannot be read or moved never fails a save, and
after a cache flush a version starts again from the clock, so no old one can come back.
"""

import logging
import time

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.signals import data_changed

logger = logging.getLogger(__name__)


class DataVersion:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> int:
        """The version now (raises when the cache is unreachable: the caller decides)."""
        version = cache.get(self.key)
        if version is None:
            version = time.time_ns()
            cache.add(self.key, version, timeout=None)
            version = cache.get(self.key, version)
        return version

    def bump(self, **kwargs) -> None:
        """Move the version; a cache that is away is logged, never raised."""
        bump_keys([self.key])


def _fresh() -> int:
    return time.time_ns()


def current_versions(keys) -> dict:
    """{key: version} for many keys in one round trip; a missing one starts from the clock.
    Raises when the cache is unreachable (the caller decides)."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, _fresh(), timeout=None)
            found[key] = cache.get(key, 0)
    return found


def bump_keys(keys) -> None:
    """Move each version atomically: incr, or add when missing, or incr again when another
    save added it first (never set: two saves at once must both count). Never raises."""
    for key in keys:
        try:
            try:
                cache.incr(key)
            except ValueError:  # not in the cache (yet, or any more)
                if not cache.add(key, _fresh(), timeout=None):
                    cache.incr(key)
        except Exception:
            logger.warning("data version %s not moved", key, exc_info=True)


def connect_data_changes(receiver, app_labels, uid: str) -> None:
    """Call `receiver(sender, **kwargs)` on every change to a model of `app_labels`.

    data_changed reaches the receiver whatever its sender: it is rare (bulk writes) and a
    receiver that only marks something stale loses nothing by one extra mark.
    """
    data_changed.connect(receiver, dispatch_uid=f"{uid}:data-changed")
    for label in app_labels:
        for model in apps.get_app_config(label).get_models():
            model_uid = f"{uid}:{model._meta.label}"
            post_save.connect(receiver, sender=model, dispatch_uid=f"{model_uid}:save")
            post_delete.connect(receiver, sender=model, dispatch_uid=f"{model_uid}:delete")
            for m2m in model._meta.local_many_to_many:
                m2m_changed.connect(
                    receiver,
                    sender=m2m.remote_field.through,
                    dispatch_uid=f"{model_uid}:{m2m.name}",
                )
