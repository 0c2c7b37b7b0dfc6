"""Who may edit which area: the one place the rule lives.

- The secretariat (superusers and members of the 事務局 group) sees and edits everything.
- A coordinator edits the rows of the area groups they coordinate (`AreaGroup.coordinators`).
- A row reaches its area group through `area_path`, a lookup such as ``"area_group"``,
  ``"event__area_groups"`` or ``"plan__area_group"``; an empty path means the row IS an area
  group.
- When a row belongs to several groups (an event held jointly by 荒川区 and 北区), a coordinator
  may *see* it when one of its groups is theirs, and *change or delete* it only when all of its
  groups are theirs; joint events with another area are edited by the secretariat.

`AreaScopedAdminMixin` applies the rule to a ModelAdmin: change lists, change/delete/history
pages (another area's row is a 404), restoring a version (only for who may change the row),
foreign-key and many-to-many choices, autocomplete, bulk actions (forged ids are dropped) and
form validation (re-pointing to another area fails). `AreaScopedInlineMixin` does the same for
the choices of an inline's rows. A choice list keeps the value a row already holds (a venue the
事務局 set elsewhere), so saving never silently clears it; no other foreign row can be picked.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext as _

from areas.models import AreaGroup

BIGINT_LIMIT = 2**63  # the widest integer key PostgreSQL and SQLite store


def staff_permission_required(perm: str):
    """For views outside the admin: sign in first, then 403 without the named permission.
    Staff status alone decides nothing."""

    def decorator(view):
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorator


def is_secretariat(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_secretariat", None)
    if cached is None:
        cached = user.groups.filter(name=settings.SECRETARIAT_GROUP).exists()
        user._is_secretariat = cached
    return cached


def editable_area_groups(user):
    """The area groups a user may edit: all for the secretariat, theirs for a coordinator."""
    if is_secretariat(user):
        return AreaGroup.objects.all()
    if not user.is_authenticated or not user.is_active or not user.is_staff:
        return AreaGroup.objects.none()
    return AreaGroup.objects.filter(coordinators=user)


def _lookup(area_path: str) -> str:
    return f"{area_path}__in" if area_path else "pk__in"


def visible_to(queryset, user, area_path: str):
    """Rows with at least one area group the user may edit."""
    if is_secretariat(user):
        return queryset
    areas = editable_area_groups(user).values("pk")
    inner = queryset.model._default_manager.filter(**{_lookup(area_path): areas}).values("pk")
    return queryset.filter(pk__in=inner)


def editable_by(queryset, user, area_path: str):
    """Rows whose every area group the user may edit (and that have at least one)."""
    if is_secretariat(user):
        return queryset
    queryset = visible_to(queryset, user, area_path)
    if not area_path:
        return queryset
    others = AreaGroup.objects.exclude(pk__in=editable_area_groups(user).values("pk"))
    foreign = queryset.model._default_manager.filter(
        **{_lookup(area_path): others.values("pk")}
    ).values("pk")
    return queryset.exclude(pk__in=foreign)


def can_edit(user, obj, area_path: str) -> bool:
    if obj is None or is_secretariat(user):
        return True
    return editable_by(type(obj)._default_manager.filter(pk=obj.pk), user, area_path).exists()


class ScopedChoicesMixin:
    """Relation fields to an area-scoped model offer only the rows the user may edit; such a
    field is marked `area_scoped`, so `keeping_current_choices` knows which lists to widen."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return self._scoped_formfield(super().formfield_for_foreignkey, db_field, request, kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return self._scoped_formfield(super().formfield_for_manytomany, db_field, request, kwargs)

    def _scoped_formfield(self, make_formfield, db_field, request, kwargs):
        related_admin = self.admin_site._registry.get(db_field.related_model)
        if not isinstance(related_admin, AreaScopedAdminMixin):
            return make_formfield(db_field, request, **kwargs)
        kwargs["queryset"] = related_admin.get_editable_queryset(request)
        formfield = make_formfield(db_field, request, **kwargs)
        if formfield is not None:
            formfield.area_scoped = True
        return formfield


class AreaScopedAdminMixin(ScopedChoicesMixin):
    """Limit a ModelAdmin to the areas the signed-in user may edit.

    Set ``area_path`` to the lookup from the model to its AreaGroup. Put the mixin first:
    ``class PlanAdmin(AreaScopedAdminMixin, admin.ModelAdmin): area_path = "plan__area_group"``.
    """

    area_path = "area_group"

    # --- querysets -------------------------------------------------------------------
    def get_queryset(self, request):
        return visible_to(super().get_queryset(request), request.user, self.area_path)

    def get_editable_queryset(self, request, queryset=None):
        queryset = self.get_queryset(request) if queryset is None else queryset
        return editable_by(queryset, request.user, self.area_path)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            # Another area's row and a missing row look the same: neither exists for you.
            raise Http404
        return obj

    # --- object permissions ------------------------------------------------------------
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and can_edit(
            request.user, obj, self.area_path
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and can_edit(
            request.user, obj, self.area_path
        )

    # --- choices, autocomplete and bulk actions ----------------------------------------
    def get_form(self, request, obj=None, change=False, **kwargs):
        return keeping_current_choices(super().get_form(request, obj, change, **kwargs))

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        match = getattr(request, "resolver_match", None)
        if match and match.url_name == "autocomplete":
            # Autocomplete feeds a form field: offer only what the user may choose.
            queryset = self.get_editable_queryset(request, queryset)
        return queryset, may_have_duplicates

    def response_action(self, request, queryset, *args, **kwargs):
        # Bulk actions act only on rows the user may change, whatever ids the POST names;
        # ids that are no ids at all ("abc", NUL, 20 digits) select nothing.
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(is_valid_pk(self.model, value) for value in selected):
            messages.warning(
                request, _("選んだ項目が正しくありません。一覧から選び直してください。")
            )
            return HttpResponseRedirect(request.get_full_path())
        editable = self.get_editable_queryset(request, queryset)
        return super().response_action(request, editable, *args, **kwargs)

    # --- history (django-simple-history) ----------------------------------------------
    def _require_visible(self, request, object_id):
        if not is_valid_pk(self.model, object_id):
            raise Http404
        if is_secretariat(request.user):
            return  # the 事務局 also reads the history of deleted rows
        if not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404

    def history_view(self, request, object_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_visible(request, object_id)
        if not is_valid_pk(self.model.history.model, version_id):
            raise Http404
        if request.method == "POST":
            # Restoring a version saves the row: only for who may change the row as it is now
            # (a joint event with another area is the 事務局's, even when one may view it).
            # A deleted row is brought back by the 事務局 only.
            current = self.get_queryset(request).filter(pk=object_id).first()
            if current is None and not is_secretariat(request.user):
                raise PermissionDenied
            if not self.has_change_permission(request, current):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class AreaScopedInlineMixin(ScopedChoicesMixin):
    """The area rule for an inline's rows: each relation field offers only the rows the user
    may edit (plus the value a row already holds), whatever id a forged POST names."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = keeping_current_choices(formset.form)
        return formset


def keeping_current_choices(form_class):
    """A subclass of `form_class` whose scoped choice lists also hold the values the edited
    row has in the database, so a coordinator's save keeps a venue the 事務局 chose elsewhere
    instead of clearing it. Only those exact rows are added: no other foreign row becomes
    choosable. The stored values, not the form's instance: on a history restore page the
    instance is an old version, whose values may point into another area."""

    class KeepingCurrentChoices(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if self.instance.pk is not None:
                for name, field in self.fields.items():
                    if getattr(field, "area_scoped", False):
                        _add_current_value(self.instance, name, field)

    KeepingCurrentChoices.__name__ = form_class.__name__
    KeepingCurrentChoices.__qualname__ = form_class.__qualname__
    return KeepingCurrentChoices


def _add_current_value(instance, name, field):
    """Widen a scoped field's choices by the row's stored value, in the list's own order."""
    model_field = instance._meta.get_field(name)
    stored = type(instance)._default_manager.filter(pk=instance.pk)
    current = stored.values(name if model_field.many_to_many else model_field.attname)
    queryset = field.queryset
    widened = queryset.model._default_manager.filter(
        Q(pk__in=queryset.values("pk")) | Q(pk__in=current)
    )
    field.queryset = (
        widened.order_by(*queryset.query.order_by) if queryset.query.order_by else widened
    )


def is_valid_pk(model, value) -> bool:
    """Whether `value` can be a primary key of `model` (a number the database can hold), so a
    forged id is a 404 or nothing selected, never a database error."""
    field = model._meta.pk
    try:
        pk = field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    if isinstance(pk, int):
        return -BIGINT_LIMIT <= pk < BIGINT_LIMIT
    return "\x00" not in str(pk)


def scoped_q(user, area_path: str) -> Q:
    """A Q object for querysets outside the admin (e.g. a staff-only preview)."""
    if is_secretariat(user):
        return Q()
    return Q(**{_lookup(area_path): editable_area_groups(user).values("pk")})
