"""Opening a fiscal year (年度の準備): the 事務局's first step of every year.

`open_fiscal_year(year, dry_run=...)` prepares the year and lists, in Japanese, what it did
(or, on a dry run, what it would do). The rules:

- The charter (基準: 理念・目的・目標) is carried from the latest earlier one unless the year
  has its own. Its introduction and theme policy are carried only when they name no year
  (「…2023年度の取り組みテーマや…」 is that year's own words): such a text is left empty for
  the 事務局 to write. Common themes are carried the same way when the year has none.
- Every active group without a theme for the year gets a draft, prefilled from its latest
  earlier theme: headline, text, goals (the same numbers in the year's charter) and common
  themes (the same names among the year's). A group with no theme at all gets an empty draft.
- Every active group without members in the year gets those of its latest earlier year with
  members: same organizations, roles and order.
- Nothing the year already has is changed: running it twice changes nothing.
- Each coordinator (with an email address) of a group that got a new draft is sent a link to
  the draft's admin page once the opening is committed (areas/yearly_cycle_mail.py); a dry
  run writes and sends nothing.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from areas.models import (
    AreaGroup,
    Charter,
    CommonTheme,
    Goal,
    Membership,
    Network,
    PublicationStatus,
    YearlyTheme,
)
from areas.yearly_cycle_mail import notify_coordinators, recipients
from core.fiscal_year import fiscal_year_label, validate_fiscal_year

# A text that names a year (2023年度, 令和5年, 平成) belongs to that year: it is not carried.
NAMES_A_YEAR = re.compile(r"[0-9０-９]{4}\s*年|令和|平成")


@dataclass
class Plan:
    """What opening `year` takes, read before anything is written."""

    year: int
    charter_source: Charter | None = None
    has_own_charter: bool = False
    common_source_year: int | None = None
    has_own_common_themes: bool = False
    groups: list[AreaGroup] = field(default_factory=list)
    drafts: list[tuple[AreaGroup, YearlyTheme | None]] = field(default_factory=list)
    members: list[tuple[AreaGroup, int]] = field(default_factory=list)
    member_counts: dict[int, int] = field(default_factory=dict)  # group pk -> members carried


@dataclass
class Opening:
    """The outcome: the lines a person reads and the drafts created (none on a dry run)."""

    year: int
    dry_run: bool
    lines: list[str]
    drafts: list[YearlyTheme]
    changed: bool


def carried_text(text: str) -> str:
    return "" if NAMES_A_YEAR.search(text) else text


def open_fiscal_year(
    year: int, *, dry_run: bool, base_url: str = "", groups=None, network=None, notify=True
) -> Opening:
    """Prepare `year` for `groups` (by default every active group of `network`, itself the
    portal's default network by default); see the module's rules.

    `base_url` (https://example.org) makes the links in the coordinators' emails absolute;
    `notify=False` sends none (the demo data opens its current year without mailing anyone).
    A year outside the portal's rule raises ValidationError."""
    validate_fiscal_year(year)
    with transaction.atomic():
        if groups is None:
            network = network or Network.objects.default()
            groups = AreaGroup.objects.active().in_network(network)
        if not dry_run:
            # Two openings at once (a double submit) wait for each other: the second then
            # finds the year prepared.
            groups = groups.select_for_update()
        chosen = list(groups.order_by("pk").values_list("pk", flat=True))
        # Listed in the booklet's order.
        groups = list(AreaGroup.objects.filter(pk__in=chosen).prefetch_related("coordinators"))
        plan = make_plan(year, groups)
        lines = describe(plan)
        changed = bool(
            plan.charter_source or plan.common_source_year or plan.drafts or plan.members
        )
        drafts = [] if dry_run else apply(plan)
        if drafts and notify:
            transaction.on_commit(lambda: notify_coordinators(drafts, base_url))
    if not changed:
        lines.append(_("変更はありません（この年度はすでに準備されています）。"))
    return Opening(year=year, dry_run=dry_run, lines=lines, drafts=drafts, changed=changed)


# --- reading: what the year lacks ---------------------------------------------------------


def make_plan(year: int, groups: list[AreaGroup]) -> Plan:
    plan = Plan(year=year, groups=groups)
    plan.has_own_charter = Charter.objects.filter(fiscal_year=year).exists()
    if not plan.has_own_charter:
        plan.charter_source = (
            Charter.objects.filter(fiscal_year__lt=year).order_by("-fiscal_year").first()
        )
    plan.has_own_common_themes = CommonTheme.objects.for_year(year).exists()
    if not plan.has_own_common_themes:
        earlier = CommonTheme.objects.filter(fiscal_year__lt=year)
        plan.common_source_year = earlier.aggregate(last=Max("fiscal_year"))["last"]
    _plan_drafts(plan, groups)
    _plan_members(plan, groups)
    return plan


def _plan_drafts(plan: Plan, groups: list[AreaGroup]) -> None:
    year = plan.year
    with_theme = set(
        YearlyTheme.objects.for_year(year)
        .filter(area_group__in=groups)
        .values_list("area_group", flat=True)
    )
    latest = {}
    earlier = YearlyTheme.objects.filter(area_group__in=groups, fiscal_year__lt=year)
    earlier = earlier.prefetch_related("goals", "common_themes")
    for theme in earlier.order_by("-fiscal_year"):
        latest.setdefault(theme.area_group_id, theme)
    for group in groups:
        if group.pk not in with_theme:
            plan.drafts.append((group, latest.get(group.pk)))


def _plan_members(plan: Plan, groups: list[AreaGroup]) -> None:
    year = plan.year
    with_members = set(
        Membership.objects.for_year(year)
        .filter(area_group__in=groups)
        .values_list("area_group", flat=True)
    )
    # Per group, its latest earlier year with members and how many (one query for all).
    last_years = {}
    for group_id, fiscal_year, count in (
        Membership.objects.filter(area_group__in=groups, fiscal_year__lt=year)
        .values_list("area_group", "fiscal_year")
        .annotate(count=Count("pk"))
        .values_list("area_group", "fiscal_year", "count")
    ):
        if fiscal_year > last_years.get(group_id, (0, 0))[0]:
            last_years[group_id] = (fiscal_year, count)
    for group in groups:
        if group.pk not in with_members and group.pk in last_years:
            plan.member_counts[group.pk] = last_years[group.pk][1]
            plan.members.append((group, last_years[group.pk][0]))


# --- the lines a person reads -------------------------------------------------------------


def describe(plan: Plan) -> list[str]:
    return [
        *_describe_charter(plan),
        *_describe_common_themes(plan),
        *_describe_groups(plan),
    ]


def _describe_charter(plan: Plan) -> list[str]:
    label = fiscal_year_label(plan.year)
    if plan.has_own_charter:
        return [_("基準（理念・目的・目標）: %(year)sのものがあるため、そのまま") % {"year": label}]
    source = plan.charter_source
    if source is None:
        return [_("基準（理念・目的・目標）: 引き継げる前の年度の基準がありません")]
    lines = [
        _("基準（理念・目的・目標）を%(source)sから引き継ぐ（目標%(count)d件）")
        % {"source": fiscal_year_label(source.fiscal_year), "count": source.goals.count()}
    ]
    for name, text in (
        (_("はじめに"), source.introduction),
        (_("取り組みテーマの方針"), source.theme_policy),
    ):
        if text and not carried_text(text):
            lines.append(
                _("基準の「%(name)s」は年度を含む文章のため引き継がず、空欄にする") % {"name": name}
            )
    return lines


def _describe_common_themes(plan: Plan) -> list[str]:
    if plan.has_own_common_themes:
        label = fiscal_year_label(plan.year)
        return [_("共通テーマ: %(year)sのものがあるため、そのまま") % {"year": label}]
    if plan.common_source_year is None:
        return []
    names = CommonTheme.objects.for_year(plan.common_source_year).values_list("name", flat=True)
    source = fiscal_year_label(plan.common_source_year)
    return [
        _("共通テーマ「%(name)s」を%(source)sから引き継ぐ") % {"name": name, "source": source}
        for name in names
    ]


def _describe_groups(plan: Plan) -> list[str]:
    """Group by group, in the booklet's order: its theme, its members, its email."""
    drafts = {group.pk: source for group, source in plan.drafts}
    members = {group.pk: year for group, year in plan.members}
    lines = []
    for group in plan.groups:
        if group.pk in drafts:
            lines.append(_draft_line(group, drafts[group.pk]))
        else:
            text = _("%(group)s: %(year)sの取り組みテーマがあるため、そのまま")
            lines.append(text % {"group": group.name, "year": fiscal_year_label(plan.year)})
        if group.pk in members:
            lines.append(_members_line(group, members[group.pk], plan.member_counts[group.pk]))
        count = len(recipients(group)) if group.pk in drafts else 0
        if count:
            text = _("%(group)s: コーディネーター%(count)d人に下書きのリンクをメールで知らせる")
            lines.append(text % {"group": group.name, "count": count})
    return lines


def _draft_line(group: AreaGroup, source: YearlyTheme | None) -> str:
    if source is None:
        text = _("%(group)s: 取り組みテーマの下書きを作る（前の年度のテーマがないため空欄）")
        return text % {"group": group.name}
    text = _("%(group)s: 取り組みテーマの下書きを作る（%(source)s「%(headline)s」から）")
    return text % {
        "group": group.name,
        "source": fiscal_year_label(source.fiscal_year),
        "headline": source.headline or source.text[:20],
    }


def _members_line(group: AreaGroup, source_year: int, count: int) -> str:
    text = _("%(group)s: 参加団体%(count)d件を%(source)sから引き継ぐ")
    return text % {"group": group.name, "count": count, "source": fiscal_year_label(source_year)}


# --- writing ------------------------------------------------------------------------------


def apply(plan: Plan) -> list[YearlyTheme]:
    if plan.charter_source is not None:
        _carry_charter(plan.charter_source, plan.year)
    if plan.common_source_year is not None:
        _carry_common_themes(plan.common_source_year, plan.year)
    drafts = _create_drafts(plan.year, plan.drafts)
    for group, source_year in plan.members:
        _carry_members(group, source_year, plan.year)
    return drafts


def _carry_charter(source: Charter, year: int) -> None:
    charter = Charter.objects.create(
        fiscal_year=year,
        philosophy=source.philosophy,
        purpose=source.purpose,
        introduction=carried_text(source.introduction),
        theme_policy=carried_text(source.theme_policy),
    )
    for goal in source.goals.order_by("number"):
        Goal.objects.create(charter=charter, number=goal.number, text=goal.text)


def _carry_common_themes(source_year: int, year: int) -> None:
    for theme in CommonTheme.objects.for_year(source_year).order_by("pk"):
        CommonTheme.objects.create(
            fiscal_year=year, name=theme.name, description=carried_text(theme.description)
        )


def _create_drafts(year: int, drafts) -> list[YearlyTheme]:
    charter = Charter.objects.for_year(year).first()
    goals = {goal.number: goal for goal in charter.goals.all()} if charter else {}
    commons = {theme.name: theme for theme in CommonTheme.objects.for_year(year)}
    created = []
    for group, source in drafts:
        theme = YearlyTheme.objects.create(
            area_group=group,
            fiscal_year=year,
            headline=source.headline if source else "",
            text=source.text if source else "",
            publication=PublicationStatus.DRAFT,
        )
        if source is not None:
            numbers = [goal.number for goal in source.goals.all()]  # prefetched
            theme.goals.set([goals[n] for n in numbers if n in goals])
            names = [common.name for common in source.common_themes.all()]
            theme.common_themes.set([commons[name] for name in names if name in commons])
        created.append(theme)
    return created


def _carry_members(group: AreaGroup, source_year: int, year: int) -> None:
    earlier = Membership.objects.filter(area_group=group, fiscal_year=source_year)
    for membership in earlier.order_by("position", "pk"):
        Membership.objects.create(
            area_group=group,
            organization_id=membership.organization_id,
            fiscal_year=year,
            role=membership.role,
            position=membership.position,
        )
