"""Filter fields that take a typed name or address instead of a choice among thousands.

At national scale a <select> of every area group or organization is thousands of options on
every request, and unusable on a phone. These fields are a plain text box (works without
JavaScript): the value is the address a page links with (`arakawa`, `coop-mirai`) or the
name as shown (荒川区まちづくり, or the municipality 荒川区; コープみらい), compared after the
usual width folding (ＡＲＡＫＡＷＡ, ｺｰﾌﾟ). A value that names nothing is a field error that
says what to type; the filter then leaves it out, as with any bad value (events/filters.py).
"""

import unicodedata

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from areas.models import AreaGroup
from coops.models import Organization

MAX_LENGTH = 100


def _folded(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


class NamedField(forms.CharField):
    """A text box resolved to the pks of the rows it names (one query); `model_conditions`
    gives the ways a row may be named, `unknown` the message when none is."""

    unknown = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_LENGTH)
        super().__init__(*args, **kwargs)

    def conditions(self, text: str) -> Q:
        raise NotImplementedError

    def queryset(self):
        raise NotImplementedError

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        text = _folded(text)
        found = list(
            self.queryset().filter(self.conditions(text)).values_list("pk", flat=True)[:50]
        )
        if not found:
            raise forms.ValidationError(self.unknown % {"value": text[:30]}, code="unknown")
        return found


class AreaNameField(NamedField):
    unknown = _(
        "「%(value)s」という地域は見つかりませんでした。地域の名前（例：荒川区）か、"
        "地域のページのアドレスの英字（例：arakawa）を入れてください。"
    )

    def queryset(self):
        return AreaGroup.objects.all()

    def conditions(self, text):
        return Q(slug=text.lower()) | Q(name=text) | Q(municipality__name=text)


class OrganizationNameField(NamedField):
    unknown = _(
        "「%(value)s」という生協・団体は見つかりませんでした。名前（例：コープみらい）か、"
        "団体のページのアドレスの英字（例：coop-mirai）を入れてください。"
    )

    def queryset(self):
        return Organization.objects.all()

    def conditions(self, text):
        return Q(slug=text.lower()) | Q(name=text) | Q(formal_name=text)


class NamedFilter(django_filters.Filter):
    """Events linked (through `field_name`) to any of the rows the field resolved."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": value}).distinct()


class AreaNameFilter(NamedFilter):
    field_class = AreaNameField


class OrganizationNameFilter(NamedFilter):
    field_class = OrganizationNameField
