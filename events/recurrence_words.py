"""How a repeating event is said in words: 毎月第3土曜日 / "Every third Saturday of the month".

Rule: one whole phrase is one msgid, never a phrase glued from pieces, so each language can
order its words as it needs. Which week of the month is part of the msgid (第1…第4, 最終),
and the day of the month goes with a context naming its English ordinal suffix
("1st", "2nd", "3rd", "th"), so English reads "On the 15th of every month" while Japanese
reads 毎月15日 from the same call.
"""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from events.recurrence import nth_weekday

WEEKDAY_NAMES = (
    gettext_lazy("月曜日"),
    gettext_lazy("火曜日"),
    gettext_lazy("水曜日"),
    gettext_lazy("木曜日"),
    gettext_lazy("金曜日"),
    gettext_lazy("土曜日"),
    gettext_lazy("日曜日"),
)


def _nth_weekday_phrase(nth: int, weekday: str) -> str:
    values = {"weekday": weekday}
    if nth == 1:
        return _("毎月第1%(weekday)s") % values
    if nth == 2:
        return _("毎月第2%(weekday)s") % values
    if nth == 3:
        return _("毎月第3%(weekday)s") % values
    if nth == 4:
        return _("毎月第4%(weekday)s") % values
    return _("毎月最終%(weekday)s") % values


def _ordinal_suffix(day: int) -> str:
    """The English suffix of `day` (1st, 2nd, 3rd, 11th…), used as a translation context."""
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(day % 10, "th")


def _monthly_date_phrase(day: int) -> str:
    values = {"day": day}
    suffix = _ordinal_suffix(day)
    if suffix == "1st":
        return pgettext("day of month ending in 1st", "毎月%(day)s日") % values
    if suffix == "2nd":
        return pgettext("day of month ending in 2nd", "毎月%(day)s日") % values
    if suffix == "3rd":
        return pgettext("day of month ending in 3rd", "毎月%(day)s日") % values
    return pgettext("day of month ending in th", "毎月%(day)s日") % values


def describe(kind: str, first: datetime.datetime) -> str:
    """The repetition of `kind` from the local first start, as a phrase of its own."""
    weekday = WEEKDAY_NAMES[first.weekday()]
    if kind == "weekly":
        return _("毎週%(weekday)s") % {"weekday": weekday}
    if kind == "monthly_date":
        return _monthly_date_phrase(first.day)
    if kind == "monthly_weekday":
        return _nth_weekday_phrase(nth_weekday(first.date()), weekday)
    return ""


def with_end(rule: str, until: str) -> str:
    """毎月第3土曜日に開催（2027年3月31日まで） / "Every third Saturday of the month, until …"."""
    return pgettext("repeat rule and its last date", "%(rule)sに開催（%(until)sまで）") % {
        "rule": rule,
        "until": until,
    }


def with_start(rule: str, first: str) -> str:
    """毎月第3土曜日（2023年4月15日〜） / "Every third Saturday of the month, from …"."""
    return pgettext("repeat rule and its first date", "%(rule)s（%(first)s〜）") % {
        "rule": rule,
        "first": first,
    }
