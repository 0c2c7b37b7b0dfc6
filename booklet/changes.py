"""What a new edition would change, section by section, against the latest one.

Shown on the confirmation page before publishing: cheap comparisons of the content dicts
(booklet.services.build_report), no text diff.
"""

from django.utils.translation import gettext_lazy as _

SECTIONS = [
    ("title", _("題名")),
    ("edition", _("冊子の文言（はじめに・方針・発行・連絡先）")),
    ("charter", _("基準（理念・目的・目標）")),
    ("common_themes", _("共通テーマ")),
    ("areas", _("各グループの取り組みテーマと参加団体")),
    ("promoting", _("設置推進自治体")),
    ("figures", _("数字のまとめ")),
    ("plans", _("わたまちプラン")),
]


def changed_sections(old: dict, new: dict) -> list[str]:
    """The labels of the sections whose content differs."""
    return [str(label) for key, label in SECTIONS if old.get(key) != new.get(key)]


def changed_areas(old: dict, new: dict) -> dict[str, list[str]]:
    """Group names added to, removed from, or changed in the booklet's group blocks."""
    before = {area["slug"]: area for area in old.get("areas", [])}
    after = {area["slug"]: area for area in new.get("areas", [])}
    return {
        "added": [after[s]["name"] for s in after if s not in before],
        "removed": [before[s]["name"] for s in before if s not in after],
        "changed": [after[s]["name"] for s in after if s in before and before[s] != after[s]],
    }
