"""Which models the search index holds, and keeping their rows in step (like core/retention.py).

Each app registers its models in its own `search_documents.py` (imported once at start-up by
`discover`):

    # events/search_documents.py
    from search.registry import Document, register

    @register(Event, public=lambda: Event.objects.published().prefetch_related("area_groups"))
    def event_document(event) -> Document | None:
        return Document(kind=Kind.EVENT, title=event.title, ...)

`public` gives the public queryset: an object outside it (a draft, an unpublished event) has
no row. Entries that read another object (an event's reports, public only while the event
is; a theme's title, which holds its group's name) are reindexed with it: `dependents=` on
the registration, or, from an app above the other object's, `@depends_on(AreaGroup)`.

Rows follow every save, delete and many-to-many change, in the same transaction as the
change (a rollback takes the row with it, and the anonymous page cache, whose version moves
on commit, never caches a page from before the row). QuerySet.update() and bulk_create send
no signal: code that writes that way runs `rebuild()` (load_demo and generate_data do, and
`manage.py rebuild_search_index`).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation
from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules

from search.models import SearchEntry
from search.normalize import normalize
from search.readings import readings

BATCH = 500


@dataclass(frozen=True)
class Document:
    """What an object's entry shows and is found by. `extra` is searched, not shown."""

    kind: str
    title: str
    url: str
    body: str = ""
    extra: str = ""
    area_slug: str = ""
    fiscal_year: int | None = None
    sort_date: datetime.date | None = None


@dataclass(frozen=True)
class Registration:
    model: type[models.Model]
    document: Callable[[models.Model], Document | None]
    public: Callable[[], models.QuerySet]


_registry: dict[type[models.Model], Registration] = {}
_dependents: dict[type[models.Model], list[Callable]] = {}


def register(model, *, public, dependents=None):
    """Register `model`'s document function (decorator); see the module's docstring."""

    def add(document):
        _registry[model] = Registration(model, document, public)
        if dependents is not None:
            _dependents.setdefault(model, []).append(dependents)
        _connect(model)
        return document

    return add


def depends_on(model):
    """Register a function giving the objects whose entries read a `model` instance."""

    def add(dependents):
        _dependents.setdefault(model, []).append(dependents)
        _connect(model)
        return dependents

    return add


def discover() -> None:
    autodiscover_modules("search_documents")


def registered_models() -> list[type[models.Model]]:
    return list(_registry)


def entry_fields(document: Document) -> dict:
    """The SearchEntry fields of a document: shown text, and its searchable forms."""
    text = " ".join(filter(None, [document.title, document.body, document.extra]))
    return {
        "kind": document.kind,
        "title": document.title[:300],
        "body": document.body,
        "url": document.url,
        "area_slug": document.area_slug,
        "fiscal_year": document.fiscal_year,
        "sort_date": document.sort_date,
        "normalized": normalize(text),
        "readings": readings(text),
    }


def reindex(model, pks: Iterable[int]) -> None:
    """Bring the rows of `model`'s objects `pks` in step: written if public, else removed."""
    registration = _registry[model]
    pks = set(pks)
    content_type = ContentType.objects.get_for_model(model)
    public = {obj.pk: obj for obj in registration.public().filter(pk__in=pks)}
    for pk in pks:
        document = _document(registration, public[pk]) if pk in public else None
        if document is None:
            SearchEntry.objects.filter(content_type=content_type, object_id=pk).delete()
        else:
            SearchEntry.objects.update_or_create(
                content_type=content_type, object_id=pk, defaults=entry_fields(document)
            )


def rebuild() -> dict[str, int]:
    """Write the whole index again from the public querysets; how many rows per model."""
    counts = {}
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for model, registration in _registry.items():
            content_type = ContentType.objects.get_for_model(model)
            batch, count = [], 0
            for obj in registration.public().iterator(chunk_size=BATCH):
                document = _document(registration, obj)
                if document is None:
                    continue
                batch.append(
                    SearchEntry(
                        content_type=content_type, object_id=obj.pk, **entry_fields(document)
                    )
                )
                if len(batch) >= BATCH:
                    count += len(SearchEntry.objects.bulk_create(batch))
                    batch = []
            count += len(SearchEntry.objects.bulk_create(batch))
            counts[model._meta.label] = count
    return counts


def _document(registration: Registration, obj) -> Document | None:
    with translation.override("ja"):  # the index is of the Japanese pages' words
        document = registration.document(obj)
        return None if document is None else _as_text(document)


def _as_text(document: Document) -> Document:
    """Lazy labels (種類, 年度) made text while Japanese is the language."""
    return Document(
        **{
            name: str(value) if isinstance(value, Promise) else value
            for name, value in vars(document).items()
        }
    )


def _reindex_with_dependents(instance) -> None:
    if type(instance) in _registry:
        reindex(type(instance), [instance.pk])
    by_model: dict[type, set] = {}
    for dependents in _dependents.get(type(instance), []):
        for dependent in dependents(instance):
            by_model.setdefault(type(dependent), set()).add(dependent.pk)
    for model, pks in by_model.items():
        reindex(model, pks)


def _on_save(sender, instance, raw=False, **kwargs):
    if not raw:  # loaddata: the rows come as they are; rebuild afterwards
        _reindex_with_dependents(instance)


def _on_delete(sender, instance, **kwargs):
    if sender not in _registry:
        return
    content_type = ContentType.objects.get_for_model(sender)
    SearchEntry.objects.filter(content_type=content_type, object_id=instance.pk).delete()


def _on_m2m(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        _reindex_with_dependents(instance)
    elif pk_set and model in _registry:  # e.g. group.events.add(event): the events changed
        reindex(model, pk_set)


def _connect(model) -> None:
    uid = f"search:{model._meta.label}"
    post_save.connect(_on_save, sender=model, dispatch_uid=f"{uid}:save")
    post_delete.connect(_on_delete, sender=model, dispatch_uid=f"{uid}:delete")
    for m2m in model._meta.local_many_to_many:
        m2m_changed.connect(
            _on_m2m, sender=m2m.remote_field.through, dispatch_uid=f"{uid}:{m2m.name}"
        )
