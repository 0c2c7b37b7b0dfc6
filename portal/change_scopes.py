"""Which page scopes (portal/page_scopes.py) a change to a row moves.

Every public change moves `site` (the lists show everything). Besides:
- a row of one area (its theme, members, plan and its parts, a voice) moves that area;
- a row of an event (the event, its dates, photos, reports, sign-ups) moves the event, each of
  its areas and each of its organizers' co-op pages (they list their events);
- a membership moves its area and its co-op;
- a co-op moves its own page; when what other pages show of it changes (its name, formal
  name, slug) or it is deleted, `all`. An area group's own row (name, status, contact) is shown
  on its events' pages too: any change to it, or its deletion, moves `all`;
- the charter, goals, common themes, municipalities, networks and venues move `all`, and so does
  anything not listed here (unsure: everything) and `data_changed` (no row to go by);
- history rows and invitations move nothing: they are not shown, and the row they record
  is saved alongside; the booklet moves `site` only (its pages are under /reports/).

Scopes are read from the database when the signal comes (deletes: before the delete, while the
row's links still exist) and moved on commit.
"""

from django.db.models import Model

from portal.page_scopes import ALL, SITE

_OF_EVENT = (("event", "event_id"), ("area", "event__area_groups__slug"))
_OF_EVENT += (("coop", "event__organizers__slug"),)

# model label: (scope kind, lookup from the row to the scope's id), …
ROW_SCOPES = {
    "areas.AreaGroup": (("area", "slug"),),
    "areas.Membership": (("area", "area_group__slug"), ("coop", "organization__slug")),
    "areas.YearlyTheme": (("area", "area_group__slug"),),
    "coops.Organization": (("coop", "slug"),),
    "events.Event": (("event", "pk"), ("area", "area_groups__slug"), ("coop", "organizers__slug")),
    "events.OccurrenceChange": _OF_EVENT,
    "events.Photo": _OF_EVENT,
    "events.ActivityReport": _OF_EVENT,
    "signups.Signup": _OF_EVENT,
    "plans.AreaPlan": (("area", "area_group__slug"),),
    "plans.PlanContact": (("area", "area_group__slug"),),
    "plans.VoiceSubmission": (("area", "area_group__slug"),),
    "plans.PlanIssue": (("area", "plan__area_group__slug"),),
    "plans.PlanReview": (("area", "plan__area_group__slug"),),
    "plans.Milestone": (("area", "issue__plan__area_group__slug"),),
    "plans.ReviewEntry": (("area", "review__plan__area_group__slug"),),
    "plans.IssueSource": (("area", "issue__plan__area_group__slug"), *_OF_EVENT),
    "booklet.PublishedReport": (),
    "booklet.YearBooklet": (),
}
NOT_SHOWN = {"areas.Invitation"}

# Fields shown only on the row's own page; a change to any other field moves `all`.
OWN_PAGE_ONLY = {
    "areas.AreaGroup": (),
    "coops.Organization": (
        "description",
        "website",
        "logo",
        "logo_width",
        "logo_height",
        "kind",
        "is_member_coop",
    ),
}
_BOOKKEEPING = {"id", "version"}


def _label(model) -> str:
    return model._meta.label


def is_silent(model) -> bool:
    """History rows (django-simple-history) and unshown rows move nothing."""
    return _label(model) in NOT_SHOWN or hasattr(model, "instance_type")


def _row_scopes(model, pks) -> set[str]:
    label = _label(model)
    if label not in ROW_SCOPES:
        return {ALL}
    scopes = {SITE}
    paths = ROW_SCOPES[label]
    if not paths:
        return scopes
    # One query: the links of one row are few (an event's areas times its organizers).
    rows = model._default_manager.filter(pk__in=pks).values_list(*[p for _k, p in paths])
    for row in rows.distinct():
        scopes |= {f"{kind}:{v}" for (kind, _p), v in zip(paths, row, strict=True) if v is not None}
    return scopes


def shown_elsewhere(instance: Model) -> dict | None:
    """Before a save: the row's fields that other pages show, as stored (None: new row)."""
    label = _label(type(instance))
    if label not in OWN_PAGE_ONLY or instance.pk is None:
        return None
    own = set(OWN_PAGE_ONLY[label]) | _BOOKKEEPING
    fields = [f.attname for f in instance._meta.concrete_fields if f.attname not in own]
    return type(instance)._default_manager.filter(pk=instance.pk).values(*fields).first()


def of_save(instance: Model, before: dict | None) -> set[str]:
    scopes = _row_scopes(type(instance), [instance.pk])
    if before and any(getattr(instance, name) != value for name, value in before.items()):
        scopes.add(ALL)
    return scopes


def of_delete(instance: Model) -> set[str]:
    scopes = _row_scopes(type(instance), [instance.pk])
    if _label(type(instance)) in OWN_PAGE_ONLY:
        scopes.add(ALL)
    return scopes


def of_m2m(instance: Model, model, pk_set, action: str) -> set[str]:
    """A link added or removed moves both ends' scopes; a clear (no ids given) moves `all`."""
    if action == "pre_clear":
        return {ALL}
    if is_silent(type(instance)):
        return set()
    scopes = _row_scopes(type(instance), [instance.pk])
    if _label(model) in ROW_SCOPES and pk_set:
        scopes |= _row_scopes(model, pk_set)
    return scopes
