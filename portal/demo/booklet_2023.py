"""The 2023年度 booklet 「東京の生協のまちづくり活動トピックス」, transcribed as data.

Every headline, text and member list is word for word the secretariat's booklet
(tests/data/tokyo-coop-machizukuri-topics-2023.txt); `load_demo` puts it in the
database. Nothing here is invented except the romanized slugs and the goals each
theme is linked to, which the booklet does not state.
"""

FISCAL_YEAR = 2023

TITLE = "東京の生協のまちづくり活動トピックス"
INTRODUCTION = (
    "それぞれの自治体別まちづくりで決めた2023年度の取り組みテーマや、共通テーマでもある"
    "「生活困窮者支援」を大切に、各生協や団体間で情報交流や意見交換を行いながら活動を"
    "すすめていきます。"
)

PHILOSOPHY = "ひとりぼっちにしないまちづくり"
PURPOSE = "誰もが「自分らしく」安心して\nくらし続けられる「まち」をつくる"
GOALS = [
    "地域の現状、特徴や強みを知り、地域の課題に取り組みます。",
    "生協間連携をさらにすすめるとともに、地域の多様な団体などとも気軽に連絡を取り合える"
    "つながりをつくり、連携や協働をすすめます。",
    "まちづくり活動への共感を広げ、「自分ごと」として、それぞれの立場で実践する人を"
    "増やしていきます。",
]
THEME_POLICY = "メンバーで協議の上で、それぞれの地域で大切にしたいテーマを設定して、取り組みます。"

COMMON_THEME = "生活困窮者支援"
COMMON_THEME_DESCRIPTION = (
    "「生活困窮者支援」は、引き続き共通のテーマとして取り組みます。"
    "各生協の取り組みについては継続して共有し、連携や協働をすすめます。"
)

# (name as the booklet writes it, slug, kind, is_member_coop, formal name or "")
ORGANIZATIONS = [
    ("コープみらい", "coop-mirai", "regional_coop", True, "生活協同組合コープみらい"),
    ("パルシステム東京", "palsystem-tokyo", "regional_coop", True, "生活協同組合パルシステム東京"),
    ("東都生協", "tohto-coop", "regional_coop", True, "東都生活協同組合"),
    ("生活クラブ生協", "seikatsuclub-tokyo", "regional_coop", True, ""),
    ("自然派くらぶ生協", "shizenha-club-coop", "regional_coop", True, ""),
    ("東京ふれあい医療生協", "tokyo-fureai-medical-coop", "health_coop", True, ""),
    ("東京はくと医療生協", "tokyo-hakuto-medical-coop", "health_coop", True, ""),
    ("城南保健生協", "jonan-health-coop", "health_coop", True, ""),
    ("東京西部保健生協", "tokyo-seibu-health-coop", "health_coop", True, ""),
    ("東京保健生協", "tokyo-health-coop", "health_coop", True, ""),
    ("すずしろ医療生協", "suzushiro-medical-coop", "health_coop", True, ""),
    ("西都保健生協", "saito-health-coop", "health_coop", True, ""),
    ("八王子保健生協", "hachioji-health-coop", "health_coop", True, ""),
    ("東京葛飾医療生協", "tokyo-katsushika-medical-coop", "health_coop", True, ""),
    ("ワーカーズコープ", "workers-coop", "workers_coop", True, ""),
    ("生協消費者住宅センター", "coop-housing-center", "housing_coop", True, ""),
    ("荒川区社会福祉協議会", "arakawa-shakyo", "social_welfare_council", False, ""),
    ("北区社会福祉協議会", "kita-shakyo", "social_welfare_council", False, ""),
    ("品川区社会福祉協議会", "shinagawa-shakyo", "social_welfare_council", False, ""),
    ("目黒区社会福祉協議会", "meguro-shakyo", "social_welfare_council", False, ""),
    (
        "東尾久地域包括支援センター",
        "higashiogu-community-support-center",
        "community_support_center",
        False,
        "",
    ),
]

# Active groups in the booklet's order. goals: the numbers of the 目標 the theme serves.
ACTIVE_GROUPS = [
    {
        "code": "13118",
        "slug": "arakawa",
        "name": "荒川区まちづくり",
        "headline": "知る・学ぶ・そして楽しむこと",
        "text": (
            "生協のまちづくり活動が地域に溶け込んでいけるよう、毎月開催の「荒川コープカフェ」を"
            "はじめ、拠点としている施設のイベントにも参加していきます。また、地域のことを知るための"
            "学びも積極的に行っていきます。"
        ),
        "members": [
            "コープみらい",
            "東都生協",
            "東京ふれあい医療生協",
            "東京はくと医療生協",
            "ワーカーズコープ",
            "荒川区社会福祉協議会",
            "東尾久地域包括支援センター",
        ],
        "goals": [1, 3],
    },
    {
        "code": "13117",
        "slug": "kita",
        "name": "北区まちづくり",
        "headline": "北区の防災に向き合おう",
        "text": (
            "お互いの生協の防災に関する取り組みを知ることや、日常～発災時～復旧・復興期、それぞれに"
            "できることを考えあいます。また、もしもの時のために、引き続き地域の中でのつながりづくりを"
            "すすめます。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "生活クラブ生協",
            "東京ふれあい医療生協",
            "東京はくと医療生協",
            "北区社会福祉協議会",
        ],
        "goals": [1, 2],
    },
    {
        "code": "13121",
        "slug": "adachi",
        "name": "足立区まちづくり",
        "headline": "区民へ生協活動を知ってもらおう",
        "text": (
            "コロナ禍の2年間にインプットしてきたことを活かして、今年度は区民へ生協活動を知って"
            "もらうためにアウトプットしていきます。生協の組合員をはじめ、行政や他団体とも連携して"
            "活動していくことを目指します。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "東京はくと医療生協",
            "東京ふれあい医療生協",
        ],
        "goals": [2, 3],
    },
    {
        "code": "13109",
        "slug": "shinagawa",
        "name": "品川区まちづくり",
        "headline": "地域を知って連携を進める",
        "text": (
            "品川区社会福祉協議会や地域で活動する団体の取り組みを学び、連携をすすめます。また、"
            "地域で役立つ生協のまちづくり活動となるよう、メンバーである生協同士の連携をすすめ、"
            "お互いの良さを活かしかえる活動をさらに増やします。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "生活クラブ生協",
            "城南保健生協",
        ],
        "goals": [1, 2],
    },
    {
        "code": "13115",
        "slug": "suginami",
        "name": "杉並区まちづくり",
        "headline": "体験を通して防災意識を高める",
        "text": (
            "昨年度の杉並区の防災学習と地下調整池見学会によって、メンバーの防災意識がさらに高まり"
            "ました。今年度も、「防災まち歩き」などの体験からマップ作成も視野にいれて、自分たちの"
            "住むまちの「防災」を考えあいます。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "生活クラブ生協",
            "東京西部保健生協",
        ],
        "goals": [1, 3],
    },
    {
        "code": "13120",
        "slug": "nerima",
        "name": "練馬区まちづくり",
        "headline": "楽しくつながる・コラボする",
        "text": (
            "生協のまちづくり活動で深めた「つながり」を活かして、学習会や居場所の見学などを計画して"
            "います。メンバーが所属する生協に持ち帰りやすく、活動のヒントとなるような取り組みを"
            "すすめます。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "生活クラブ生協",
            "東京保健生協",
            "すずしろ医療生協",
        ],
        "goals": [2, 3],
    },
    {
        "code": "13222",
        "slug": "higashikurume",
        "name": "東久留米市まちづくり",
        "headline": "タウンミーティングでつながろう",
        "text": (
            "地域で生協が交流していることや、生協のまちづくり活動のことを地域の方々に知って"
            "もらえるよう、タウンミーティングを開催します。\n"
            "また交流を通じて、お互いの生協や地域をさらに知ること、多様なつながりを探っていきます。"
        ),
        "members": ["コープみらい", "パルシステム東京", "東都生協", "西都保健生協"],
        "goals": [2, 3],
    },
    {
        "code": "13201",
        "slug": "hachioji",
        "name": "生協のまちづくり☆八王子",
        "headline": "地域を知り交流を深める",
        "text": (
            "「地域の場づくり」をテーマに、ゆるやかで和やかなつながりづくりを大切にしながら、"
            "施設見学やイベント参加、情報交流などをすすめます。"
        ),
        "members": [
            "コープみらい",
            "パルシステム東京",
            "東都生協",
            "自然派くらぶ生協",
            "八王子保健生協",
            "生協消費者住宅センター",
        ],
        "goals": [1, 2],
    },
]

# 設置推進自治体, in the booklet's order, with their notes for the year. The booklet's
# closing paragraph follows 三鷹市's note and is read as the second part of it.
PROMOTING_GROUPS = [
    {
        "code": "13116",
        "slug": "toshima",
        "name": "豊島区まちづくり",
        "text": "「としま見守りレンズ」がスタート。「見守り」をキーワードに地域のつながりを広げていきます。",
    },
    {
        "code": "13122",
        "slug": "katsushika",
        "name": "葛飾区まちづくり",
        "text": (
            "コープみらいと東京葛飾医療生協との連携をもとに他生協や地域の団体ともつながる活動を"
            "探っていきます。"
        ),
    },
    {
        "code": "13110",
        "slug": "meguro",
        "name": "目黒区まちづくり",
        "text": (
            "各生協に呼びかけて、目黒区社会福祉協議会や地域の団体との顔の見え関係づくりを"
            "目指します。"
        ),
    },
    {
        "code": "13204",
        "slug": "mitaka",
        "name": "三鷹市まちづくり",
        "text": (
            "「三鷹をつなげようプロジェクト」も2年目。今年度は「防災」をテーマにさらにつながりを"
            "広げます。\n"
            "3つの生協のつながりを基本として、行政や様々な団体との継続的な情報交換や交流を通して、"
            "地域のなかでのつながりを深めていきます。"
        ),
    },
]
