"""Dates as people in Japan write them, era names included: 令和9年1月13日, 令和元年5月1日,
R9/1/13, ２０２７/０１/１３ — besides what DATE_INPUT_FORMATS reads (2027/01/13, 2027-01-13,
2027年1月13日).

strptime knows no era, so `parse_era_date` reads the era form; `JapaneseDateField` tries it
before the formats, after turning full-width digits and signs into ASCII (NFKC). An era date
outside its era (令和1年1月1日 is before 2019-05-01) is refused with a clear message.
"""

import datetime
import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# (name, Latin initial, first day). An era ends the day before the next one starts.
ERAS = [
    ("明治", "M", datetime.date(1868, 10, 23)),
    ("大正", "T", datetime.date(1912, 7, 30)),
    ("昭和", "S", datetime.date(1926, 12, 25)),
    ("平成", "H", datetime.date(1989, 1, 8)),
    ("令和", "R", datetime.date(2019, 5, 1)),
]
_ERA_BY_NAME = {key: era for era in ERAS for key in (era[0], era[1])}
_ERA_DATE = re.compile(
    r"^(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\s*(?P<year>元|\d{1,2})\s*(?:年|[./-])"
    r"\s*(?P<month>\d{1,2})\s*(?:月|[./-])\s*(?P<day>\d{1,2})\s*日?$",
    re.IGNORECASE,
)
OUTSIDE_ERA = _("%(era)sは%(first)sから%(last)sまでです。日付を確かめてください。")


def normalize(text):
    """Full-width digits, slashes and colons as ASCII (２０２７／１／１３ → 2027/1/13);
    ㋿ becomes 令和."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_era_date(text):
    """The date written with an era name, or None when `text` is not in that form.

    Raises ValidationError when the form is right but the day does not exist or lies
    outside the era."""
    match = _ERA_DATE.match(normalize(text))
    if match is None:
        return None
    index = ERAS.index(_ERA_BY_NAME[match["era"].upper()])
    name, _initial, first = ERAS[index]
    year = 1 if match["year"] == "元" else int(match["year"])
    try:
        day = datetime.date(first.year + year - 1, int(match["month"]), int(match["day"]))
    except ValueError as error:
        invalid = forms.DateField.default_error_messages["invalid"]
        raise ValidationError(invalid, code="invalid") from error
    following = ERAS[index + 1][2] if index + 1 < len(ERAS) else None
    if day < first or year < 1 or (following and day >= following):
        last = following - datetime.timedelta(days=1) if following else None
        raise ValidationError(
            OUTSIDE_ERA,
            code="outside_era",
            params={
                "era": name,
                "first": f"{first.year}年{first.month}月{first.day}日",
                "last": f"{last.year}年{last.month}月{last.day}日" if last else _("今日"),
            },
        )
    return day


class JapaneseDateField(forms.DateField):
    """A DateField that also reads era dates and full-width digits."""

    def to_python(self, value):
        if isinstance(value, str):
            value = normalize(value)
            day = parse_era_date(value)
            if day is not None:
                return day
        return super().to_python(value)


class JapaneseTimeField(forms.TimeField):
    """A TimeField that also reads full-width digits (１３：３０)."""

    def to_python(self, value):
        return super().to_python(normalize(value) if isinstance(value, str) else value)


class JapaneseSplitDateTimeField(forms.SplitDateTimeField):
    """The admin's date + time pair, its date half a JapaneseDateField."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        date, time = self.fields
        self.fields = (_as(JapaneseDateField, date), _as(JapaneseTimeField, time))


def _as(field_class, field):
    """A copy of `field` as `field_class` (same formats, messages and flags)."""
    return field_class(
        input_formats=field.input_formats,
        error_messages=field.error_messages,
        localize=field.localize,
        required=field.required,
        disabled=field.disabled,
    )
