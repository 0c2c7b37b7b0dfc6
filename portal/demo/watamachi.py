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
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from areas.models import AreaGroup, AreaStatus, Municipality, PublicationStatus
from coops.models import Organization
from core.fiscal_year import fiscal_year_of
from events.models import ActivityReport, Event, EventKind, Venue
from plans.models import (
    Approach,
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
from portal.demo.common import add_members, add_missing, add_organizations
from portal.demo.networks import SAITAMA_WATAMACHI, load_network

SAMPLE_NOTE = "※このわたまちプランはデモ用のサンプルデータです。"

MUNICIPALITY = {
    "code": "11203",
    "name": "川口市",
    "kana": "カワグチシ",
    "name_en": "Kawaguchi",
    "kind": "市",
    "prefecture": "埼玉県",
}

SEIKATSUCLUB_SAITAMA = "生活クラブ生協埼玉"
FUKUMACHI = "ふくまち"
WORKERS = "埼玉ワーカーズ・コレクティブ連合会"
NETWORK = "埼玉県市民ネットワーク"
OTONA = "大人の学校"
CARE_CLUB = "コミュニティケアクラブ埼玉"

FUKUMACHI_DESCRIPTION = (
    "生活クラブ運動グループの(一社)埼玉ワーカーズ・コレクティブ連合会、埼玉県市民ネットワーク、"
    "特定非営利活動法人大人の学校、特定非営利活動法人コミュニティケアクラブ埼玉と、"
    "生活クラブ生協埼玉の5団体で設立した一般社団法人です（2025年11月21日法人設立）。"
    "地域福祉事業に必要な人材育成や支援基金の機能を担います。"
)

# (name as the seed writes it, slug, kind, is_member_coop, formal name, description)
ORGANIZATIONS = [
    (
        SEIKATSUCLUB_SAITAMA,
        "seikatsuclub-saitama",
        "regional_coop",
        True,
        "",
        "地域の組合員、ワーカーズ、地域住民、福祉団体の人たちなどと一緒に、"
        "市民参加型の「福祉によるまちづくり」を推進しています。",
    ),
    (FUKUMACHI, "fukumachi", "nonprofit", False, "一般社団法人ふくまち", FUKUMACHI_DESCRIPTION),
    (
        WORKERS,
        "saitama-workers-collective-federation",
        "nonprofit",
        False,
        "一般社団法人埼玉ワーカーズ・コレクティブ連合会",
        "",
    ),
    (NETWORK, "saitama-shimin-network", "other", False, "", ""),
    (OTONA, "otona-no-gakko", "nonprofit", False, "特定非営利活動法人大人の学校", ""),
    (
        CARE_CLUB,
        "community-care-club-saitama",
        "nonprofit",
        False,
        "特定非営利活動法人コミュニティケアクラブ埼玉",
        "",
    ),
]

GROUP = {
    "slug": "kawaguchi-watamachi",
    "name": "生活クラブ生協埼玉 川口わたまち（サンプル）",
    "position": 100,
}

VENUE = (
    "川口市内のくらぶルーム（サンプル）",
    "埼玉県川口市（サンプル）",
    Decimal("35.807700"),
    Decimal("139.724100"),
)

# The stages that are gatherings, oldest first. days: offset from the day of loading.
# voices: (kind, text) typed in from the paper notes. raises: keys of ISSUES it raised.
GATHERINGS = [
    {
        "key": "briefing",
        "title": "わたまち説明会（川口）",
        "kind": EventKind.WATAMACHI_BRIEFING,
        "days": -600,
        "description": "「わたまちプラン」について理解を深める機会として開く説明会です。"
        "生活クラブの組合員だけでなく、地域で活動している市民や活動団体などの人たちも交えて説明します。",
        "participants": 26,
        "summary": "わたまちプランのめざすことと、すすめ方（説明会・カフェ・ミーティング）を説明しました。"
        "「福祉=幸せ」「幸せ=みんなでつくるもの」という考え方に共感の声が多く出ました。",
        "voices": [
            ("voice", "福祉を「自分事」として考えるきっかけになった"),
            ("voice", "自分の地域でもカフェを開いてみたい"),
        ],
        "raises": [],
    },
    {
        "key": "cafe-club-room",
        "title": "わたまちカフェ くらぶルームで話そう",
        "kind": EventKind.WATAMACHI_CAFE,
        "days": -540,
        "description": "地域の課題や声・ニーズを知り、自分事を話し、共有していく小さな集まりです。"
        "支部の組合員と、近くで活動している方に声をかけて開きます。",
        "participants": 12,
        "summary": "くらしの中の困りごとを一人ずつ話し、付せんに書き出して共有しました。",
        "voices": [
            ("issue", "ひとり暮らしの高齢者が気軽に立ち寄れる場所が近くにない"),
            ("need", "買い物や通院のときに、ちょっと送ってもらえると助かる"),
            ("voice", "近所に知り合いが少なく、災害のときが心配"),
        ],
        "raises": ["ibasho", "idou"],
    },
    {
        "key": "cafe-parents",
        "title": "わたまちカフェ 子育て世代と話そう",
        "kind": EventKind.WATAMACHI_CAFE,
        "days": -500,
        "description": "子育て中の組合員や地域の方と、子育てとくらしの困りごとを話し合う小さな集まりです。",
        "participants": 9,
        "summary": "子どもを連れて参加できる時間帯に開き、子育てと地域のつながりについて話しました。",
        "voices": [
            ("issue", "子育て世代が地域の人と知り合う機会が少ない"),
            ("need", "子どもを預けられる場所や、相談できる相手がほしい"),
        ],
        "raises": ["kosodate", "ibasho"],
    },
    {
        "key": "cafe-welfare-groups",
        "title": "わたまちカフェ 地域の福祉団体と話そう",
        "kind": EventKind.WATAMACHI_CAFE,
        "days": -460,
        "description": "地域で活動している個人・団体にも声をかけ、取り組みやニーズ、課題を知り合う場です。",
        "participants": 15,
        "summary": "地域の福祉団体やワーカーズから、それぞれの取り組みと困りごとを伺いました。",
        "voices": [
            ("issue", "介護が必要になっても住み慣れた地域で暮らし続けるための支えが足りない"),
            ("issue", "市の地域福祉計画に市民の声が届きにくい"),
            ("need", "団体どうしが情報交換できる場がほしい"),
        ],
        "raises": ["kaigo", "keikaku", "idou"],
    },
    {
        "key": "meeting-1",
        "title": "わたまちミーティング 第1回",
        "kind": EventKind.WATAMACHI_MEETING,
        "days": -400,
        "description": "わたまちカフェでつながりができたメンバーで、取り組みたいことや活動スケジュールを"
        "検討し、課題解決に向けた計画づくりを行います。",
        "participants": 18,
        "summary": "カフェで出た課題を整理し、「事業」「組合員活動」「市民運動」のどれで解決に臨むかを"
        "話し合いました。",
        "voices": [
            ("voice", "移動の支援は、新しい事業として考えたい"),
        ],
        "raises": ["idou", "keikaku"],
    },
    {
        "key": "meeting-2",
        "title": "わたまちミーティング 第2回",
        "kind": EventKind.WATAMACHI_MEETING,
        "days": -370,
        "description": "3年間の計画案と、それぞれの課題の担い手・節目を話し合います。",
        "participants": 16,
        "summary": "計画案をまとめ、定期的に振り返りや進捗確認を行うことを確認しました。",
        "voices": [],
        "raises": ["kaigo"],
    },
]

ADOPTED_DAYS = -340
REVIEWS = [
    {
        "days": -170,
        "summary": "計画を掲げてから半年の振り返り・進捗確認を行いました。"
        "居場所づくりが順調に進む一方、移動支援の事業化には先行事例の調査が必要だと確認しました。",
        "entries": {
            "ibasho": (IssueStatus.IN_PROGRESS, 60, "月2回の開催が定着してきた。"),
            "kosodate": (IssueStatus.IN_PROGRESS, 30, "大人の学校と一緒に講座を企画中。"),
            "idou": (IssueStatus.IN_PROGRESS, 20, "先行事例を2か所見学した。"),
            "keikaku": (IssueStatus.IN_PROGRESS, 40, "市の地域福祉計画を組合員と読み合わせた。"),
            "kaigo": (IssueStatus.NOT_STARTED, 0, "来年度に向けて準備する。"),
        },
    },
]

# key, title, approach, lead organization, lead note, description, milestones (title, days, done)
ISSUES = [
    (
        "ibasho",
        "ひとり暮らしの高齢者が気軽に立ち寄れる居場所をつくる",
        Approach.MEMBER_ACTIVITY,
        SEIKATSUCLUB_SAITAMA,
        "支部の組合員有志",
        "くらぶルームを使い、誰もが立ち寄れる地域の茶の間を開きます。",
        [
            ("月1回の試し開催", -300, True),
            ("月2回の定期開催", -120, True),
            ("運営の担い手を10人に", 200, False),
        ],
    ),
    (
        "kosodate",
        "子育て世代が地域の人と知り合える機会をつくる",
        Approach.MEMBER_ACTIVITY,
        OTONA,
        "子育て中の組合員",
        "親子で参加できる講座や交流会を、地域の団体と一緒に開きます。",
        [("講座の企画", -100, True), ("親子の交流会を年4回", 250, False)],
    ),
    (
        "idou",
        "買い物や通院の移動を支えるしくみをつくる",
        Approach.BUSINESS,
        WORKERS,
        "地域のワーカーズ",
        "移動支援を新たな事業として立ち上げられるか、先行事例を調べて検討します。",
        [
            ("先行事例の調査", -200, True),
            ("事業計画案の作成", 120, False),
            ("試験運行", 440, False),
        ],
    ),
    (
        "keikaku",
        "市の地域福祉計画に市民の声を届ける",
        Approach.CIVIC_MOVEMENT,
        NETWORK,
        "組合員と地域の市民団体",
        "自治体の地域福祉計画を組合員と一緒に調査し、カフェで出た声をもとに提案します。",
        [("地域福祉計画の読み合わせ", -150, True), ("市への提案書の提出", 300, False)],
    ),
    (
        "kaigo",
        "介護が必要になっても住み慣れた地域で暮らし続けられるようにする",
        Approach.BUSINESS,
        CARE_CLUB,
        "",
        "地域の福祉団体と一緒に、在宅での暮らしを支える事業の可能性を話し合います。",
        [("福祉団体との勉強会", 400, False)],
    ),
]


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
    tz = timezone.get_current_timezone()
    organizers = [organizations[SEIKATSUCLUB_SAITAMA], organizations[FUKUMACHI]]
    events = {}
    for gathering in GATHERINGS:
        day = today + datetime.timedelta(days=gathering["days"])
        starts_at = datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=tz)
        title = gathering["title"]
        event, added = add_missing(
            Event,
            {"title": title},
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
            match=Q(title=title) | Q(pk__in=Event.history.filter(title=title).values("id")),
        )
        if added:
            event.area_groups.set([group])
            event.organizers.set(organizers)
            report = ActivityReport.objects.create(
                event=event,
                held_on=day,
                participants=gathering["participants"],
                summary=f"{gathering['summary']}\n{SAMPLE_NOTE}",
            )
            for position, (kind, text) in enumerate(gathering["voices"], start=1):
                RaisedVoice.objects.create(report=report, position=position, kind=kind, text=text)
        events[gathering["key"]] = (event, added)
    return events


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
