"""The sample わたまちプラン's words and dates, as data (loaded by portal/demo/watamachi.py).

The municipality (川口市, JIS 11203) and the organizations are real and named as the seed
names them; the group, gatherings, issues, plan and review are invented, and say so.
Days are counted from the day load_demo first adds them.
"""

from decimal import Decimal

from events.models import EventKind
from plans.models import Approach, IssueStatus

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
