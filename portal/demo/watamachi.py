"""A sample わたまちプラン (生活クラブ生協埼玉), walked through the whole process.

The seed (tests/data/seikatsuclub-saitama-watamachi-plan.txt) describes the process:
わたまち説明会 → わたまちカフェ → わたまちミーティング → a 3–5 year 福祉によるまちづくり計画, each
local issue solved by 事業, 組合員活動 or 市民運動 → periodic 振り返り・進捗確認, supported by the
地域福祉アドバイザー of (一社)ふくまち until 福祉まちづくりコーディネーター are in place.

The municipality (川口市, JIS 11203) and the organizations are real and named as the seed names
them. The area group, the gatherings, the issues, the plan and its review are invented to show
how the portal follows the process; each says so in its text and the plan is flagged `is_sample`.
Dates are placed relative to the day `load_demo` first adds them, so the plan is under way.
Only what is missing is added (portal/demo/common.py): a plan, an event or a group that is
there keeps its dates and everything a person changed; loading again adds nothing.
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from areas.models import AreaGroup, AreaStatus, Municipality, PublicationStatus
from coops.models import Organization
from core.fiscal_year import fiscal_year_of
from events.models import ActivityReport, Event, Venue
from plans.models import (
    AreaPlan,
    ContactRole,
    IssueSource,
    IssueStatus,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    PlanStatus,
    RaisedVoice,
    ReviewEntry,
)
from portal.demo.common import add_event, add_members, add_missing, add_organizations
from portal.demo.networks import SAITAMA_WATAMACHI, load_network
from portal.demo.watamachi_data import (
    ADOPTED_DAYS,
    FUKUMACHI,
    GATHERINGS,
    GROUP,
    ISSUES,
    MUNICIPALITY,
    ORGANIZATIONS,
    REVIEWS,
    SAMPLE_NOTE,
    SEIKATSUCLUB_SAITAMA,
    VENUE,
)


def load_watamachi(today: datetime.date) -> AreaPlan:
    municipality, _ = add_missing(
        Municipality,
        {"code": MUNICIPALITY["code"]},
        {k: v for k, v in MUNICIPALITY.items() if k != "code"} | {"tile_x": None, "tile_y": None},
    )
    organizations = _load_organizations()
    group, added = add_missing(
        AreaGroup,
        {"slug": GROUP["slug"]},
        {
            "network": load_network(SAITAMA_WATAMACHI),
            "municipality": municipality,
            "name": GROUP["name"],
            "status": AreaStatus.ACTIVE,
            "position": GROUP["position"],
        },
        # One group per municipality: one whose slug a person changed is still found.
        match=Q(slug=GROUP["slug"]) | Q(municipality=municipality),
    )
    if added:
        add_members(group, fiscal_year_of(today), list(organizations.values()))
    _load_contact(group, organizations)
    events = _load_gatherings(group, organizations, municipality, today)
    plan, issues = _load_plan(group, organizations, today)
    for gathering in GATHERINGS:
        event, event_added = events[gathering["key"]]
        for key in gathering["raises"]:
            issue, issue_added = issues.get(key, (None, False))
            # The link belongs to the event and to the issue: made only with one of them.
            if issue is not None and (event_added or issue_added):
                add_missing(IssueSource, {"event": event, "issue": issue})
    return plan


def _load_organizations() -> dict[str, Organization]:
    keys = ("name", "slug", "kind", "is_member_coop", "formal_name", "description")
    return add_organizations(dict(zip(keys, row, strict=True)) for row in ORGANIZATIONS)


def _load_contact(group, organizations) -> None:
    # Until 福祉まちづくりコーディネーター are in place (2026年度以降), ふくまち's 地域福祉アドバイザー
    # supports the drafting of the plan (the seed, section 3).
    add_missing(
        PlanContact,
        {"area_group": group, "role": ContactRole.ADVISOR},
        {
            "display_name": "ふくまち 地域福祉アドバイザー",
            "organization": organizations[FUKUMACHI],
            "contact_route": "生活クラブ生協埼玉の組合員の方は、支部・くらぶルームを通じてお問い合わせください（サンプル）",
            "position": 1,
        },
    )


def _load_gatherings(group, organizations, municipality, today) -> dict[str, tuple[Event, bool]]:
    """Each gathering's event, with its report and the voices raised there; by key.

    The values are (event, added): the report is written only with a new event.
    """
    name, address, latitude, longitude = VENUE
    venue, _ = add_missing(
        Venue,
        {"name": name},
        {
            "address": address,
            "municipality": municipality,
            "latitude": latitude,
            "longitude": longitude,
        },
    )
    organizers = [organizations[SEIKATSUCLUB_SAITAMA], organizations[FUKUMACHI]]
    return {
        gathering["key"]: _add_gathering(gathering, group, organizers, venue, today)
        for gathering in GATHERINGS
    }


def _add_gathering(gathering, group, organizers, venue, today) -> tuple[Event, bool]:
    """A gathering's event, with its report and voices when the event is new."""
    day = today + datetime.timedelta(days=gathering["days"])
    starts_at = datetime.datetime.combine(
        day, datetime.time(10, 0), tzinfo=timezone.get_current_timezone()
    )
    title = gathering["title"]
    event, added = add_event(
        title,
        {
            "kind": gathering["kind"],
            "description": f"{gathering['description']}\n{SAMPLE_NOTE}",
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(hours=2),
            "venue": venue,
            "publication": PublicationStatus.PUBLISHED,
            "recurrence": "",
            "recurrence_until": None,
        },
    )
    if added:
        event.area_groups.set([group])
        event.organizers.set(organizers)
        report = ActivityReport.objects.create(
            event=event,
            held_on=day,
            participants=gathering["participants"],
            summary=f"{gathering['summary']}\n{SAMPLE_NOTE}",
            publication=PublicationStatus.PUBLISHED,
        )
        for position, (kind, text) in enumerate(gathering["voices"], start=1):
            RaisedVoice.objects.create(report=report, position=position, kind=kind, text=text)
    return event, added


def _load_plan(group, organizations, today) -> tuple[AreaPlan, dict[str, tuple]]:
    """The sample plan, and its issues by key as (issue, added).

    A new plan comes with its organizations, issues, milestones and review. The plan is found
    by its flag, not its years: loading in a later fiscal year finds the same plan, and leaves
    it and all that is in it as they are.
    """
    plan = AreaPlan.objects.filter(area_group=group, is_sample=True).order_by("pk").first()
    if plan is not None:
        titles = {issue.title: issue for issue in plan.issues.all()}
        return plan, {key: (titles[title], False) for key, title, *_ in ISSUES if title in titles}
    adopted_on = today + datetime.timedelta(days=ADOPTED_DAYS)
    first = fiscal_year_of(adopted_on)
    plan = AreaPlan.objects.create(
        area_group=group,
        title="川口 わたしとみんなの福祉まちづくりプラン（サンプル）",
        vision="ずっと暮らしていくこの街で、「私だけの幸せ」から「みんな（地域や周囲）の幸せ」へと"
        "つなぎ、拡げ、誰もが安心して暮らせる地域社会をめざします。\n" + SAMPLE_NOTE,
        first_fiscal_year=first,
        last_fiscal_year=first + 2,
        participants_note="地域の組合員、ワーカーズ、地域住民、福祉団体の人たち",
        status=PlanStatus.ACTIVE,
        adopted_on=adopted_on,
        review_interval_months=6,
        publication=PublicationStatus.PUBLISHED,
        is_sample=True,
    )
    plan.organizations.set(organizations.values())
    issues = _add_issues(plan, organizations, today)
    _add_reviews(plan, issues, today)
    return plan, {key: (issue, True) for key, issue in issues.items()}


def _add_issues(plan, organizations, today) -> dict[str, PlanIssue]:
    issues = {}
    for position, (key, title, approach, lead, note, description, milestones) in enumerate(
        ISSUES, start=1
    ):
        issue = PlanIssue.objects.create(
            plan=plan,
            title=title,
            description=f"{description}\n{SAMPLE_NOTE}",
            approach=approach,
            lead_organization=organizations[lead],
            lead_note=note,
            position=position,
            # Brought up to date by the review entries below.
            status=IssueStatus.NOT_STARTED,
            progress=0,
        )
        for milestone_title, days, done in milestones:
            Milestone.objects.create(
                issue=issue,
                title=milestone_title,
                due_on=today + datetime.timedelta(days=days),
                done=done,
            )
        issues[key] = issue
    return issues


def _add_reviews(plan, issues, today) -> None:
    for review in REVIEWS:
        saved = PlanReview.objects.create(
            plan=plan,
            held_on=today + datetime.timedelta(days=review["days"]),
            summary=f"{review['summary']}\n{SAMPLE_NOTE}",
        )
        for key, (status, progress, note) in review["entries"].items():
            ReviewEntry.objects.create(
                review=saved, issue=issues[key], status=status, progress=progress, note=note
            )
