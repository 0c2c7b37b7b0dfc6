"""data_changed: rows of ours changed without Django's model signals.

QuerySet.update(), bulk_create(), bulk_update() and raw SQL send no post_save or
post_delete. Code that changes data that way sends
`data_changed.send(sender=Model, using=alias)` afterwards, so listeners (the portal's page
cache) learn of it just as they would of a save. It lives in core, below every app, so every
app may send it without importing an app above its own.
"""

from django.dispatch import Signal

data_changed = Signal()
