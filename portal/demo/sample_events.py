"""Sample events and activity reports for the demo site.

These are invented to show how the portal works; each one says so in its text.
Events of 2023年度 have fixed dates; those of the current fiscal year are placed
relative to the day `load_demo` runs, so the demo always has past reports and
upcoming events. Events are keyed by title: loading twice updates, never duplicates.
"""

SAMPLE_NOTE = "※この活動はデモ用のサンプルデータです。"

# name, address, municipality code, latitude, longitude — every venue is fictitious.
VENUES = [
    (
        "荒川区内の地域交流スペース（サンプル）",
        "東京都荒川区東尾久（サンプル）",
        "13118",
        35.7465,
        139.7737,
    ),
    ("北区内の区民センター（サンプル）", "東京都北区王子（サンプル）", "13117", 35.7528, 139.7335),
    (
        "足立区内の地域学習センター（サンプル）",
        "東京都足立区中央本町（サンプル）",
        "13121",
        35.7750,
        139.8046,
    ),
    (
        "品川区内の社会福祉会館（サンプル）",
        "東京都品川区大井（サンプル）",
        "13109",
        35.6092,
        139.7302,
    ),
    (
        "杉並区内の地域区民センター（サンプル）",
        "東京都杉並区阿佐谷南（サンプル）",
        "13115",
        35.6995,
        139.6364,
    ),
    (
        "練馬区内の地域集会所（サンプル）",
        "東京都練馬区豊玉北（サンプル）",
        "13120",
        35.7356,
        139.6517,
    ),
    (
        "東久留米市内の市民プラザ（サンプル）",
        "東京都東久留米市本町（サンプル）",
        "13222",
        35.7581,
        139.5297,
    ),
    (
        "八王子市内の市民センター（サンプル）",
        "東京都八王子市元本郷町（サンプル）",
        "13201",
        35.6664,
        139.3160,
    ),
]

# Fixed-date events of 2023年度.
# title, kind, areas (slugs), organizers, venue index, start "YYYY-MM-DD HH:MM",
# minutes, goals, common theme?, recurrence, until, status, description
EVENTS_2023 = [
    {
        "title": "荒川コープカフェ",
        "kind": "cafe",
        "areas": ["arakawa"],
        "organizers": ["コープみらい", "東都生協", "東京ふれあい医療生協", "荒川区社会福祉協議会"],
        "venue": 0,
        "start": "2023-04-15 13:30",
        "minutes": 120,
        "goals": [2, 3],
        "common_theme": False,
        # Every month on the third Saturday, through the end of the current fiscal year.
        "recurrence": "monthly_weekday",
        "until": "current_fiscal_year_end",
        # Residents sign up here (issue 15): 20 places a month, so 補欠 can be tried out.
        "taking_part": {
            "capacity": 20,
            "fee": "100円（お茶代）",
            "audience": "どなたでも",
            "signup_method": "site",
        },
        "description": "毎月第3土曜日に開く、だれでも立ち寄れるカフェです。お茶を飲みながら、"
        "地域のこと・くらしのことを気軽に話しましょう。",
        "reports": [
            ("2023-04-15", 14, "初回は14人が参加。近所の方が友人を誘って来てくださいました。"),
            (
                "2023-05-20",
                18,
                "地域包括支援センターの方から介護の相談窓口について紹介がありました。",
            ),
            ("2023-06-17", 12, "梅雨の時期の体調管理について話し合いました。"),
            ("2023-07-15", 16, "夏休みの子どもの居場所について情報交換しました。"),
        ],
    },
    {
        "title": "地域を知る学習会「荒川区の地域福祉」",
        "kind": "study",
        "areas": ["arakawa"],
        "organizers": ["荒川区社会福祉協議会", "コープみらい"],
        "venue": 0,
        "start": "2023-09-09 10:00",
        "minutes": 120,
        "goals": [1],
        "common_theme": True,
        "description": "荒川区社会福祉協議会の方を講師に、区内の地域福祉の現状と課題を学びます。",
        "reports": [
            ("2023-09-09", 28, "区内の生活困窮の相談状況について学び、質疑応答が活発でした。")
        ],
    },
    {
        "title": "北区の防災学習会「日常から発災時・復興期まで」",
        "kind": "disaster_prevention",
        "areas": ["kita"],
        "organizers": ["パルシステム東京", "生活クラブ生協", "北区社会福祉協議会"],
        "venue": 1,
        "start": "2023-09-02 13:30",
        "minutes": 150,
        "goals": [1, 2],
        "common_theme": False,
        "description": "各生協の防災の取り組みを紹介しあい、日常・発災時・復旧期にできることを考えます。",
        "reports": [
            ("2023-09-02", 35, "各生協の備蓄の工夫を紹介しあい、地域の避難所マップを確認しました。")
        ],
    },
    {
        "title": "区民まつりで生協のまちづくりを紹介",
        "kind": "participation",
        "areas": ["adachi"],
        "organizers": ["コープみらい", "東都生協", "東京はくと医療生協"],
        "venue": 2,
        "start": "2023-10-21 10:00",
        "minutes": 360,
        "goals": [3],
        "common_theme": False,
        "description": "区民まつりにブースを出し、パネル展示で生協のまちづくり活動を紹介します。",
        "reports": [
            ("2023-10-21", 120, "ブースに約120人が来場。アンケートに68人が答えてくださいました。")
        ],
    },
    {
        "title": "社会福祉協議会と学ぶ地域の居場所",
        "kind": "study",
        "areas": ["shinagawa"],
        "organizers": ["品川区社会福祉協議会", "城南保健生協"],
        "venue": 3,
        "start": "2023-08-25 14:00",
        "minutes": 120,
        "goals": [1, 2],
        "common_theme": False,
        "description": "品川区社会福祉協議会の方から、地域で活動する団体の取り組みを学びます。",
        "reports": [("2023-08-25", 22, "区内の居場所づくりの事例を3つ紹介いただきました。")],
    },
    {
        "title": "防災まち歩き",
        "kind": "town_walk",
        "areas": ["suginami"],
        "organizers": ["パルシステム東京", "東京西部保健生協"],
        "venue": 4,
        "start": "2023-11-11 10:00",
        "minutes": 150,
        "goals": [1, 3],
        "common_theme": False,
        "description": "避難所や防災倉庫、危険な箇所を歩いて確かめ、防災マップづくりにつなげます。",
        "reports": [
            ("2023-11-11", 19, "避難所2か所と消火栓の位置を確認し、マップの下書きをつくりました。")
        ],
    },
    {
        "title": "居場所の見学会",
        "kind": "visit",
        "areas": ["nerima"],
        "organizers": ["生活クラブ生協", "東京保健生協"],
        "venue": 5,
        "start": "2023-10-04 13:00",
        "minutes": 120,
        "goals": [2],
        "common_theme": False,
        "description": "区内の子ども食堂・地域の居場所を見学し、運営している方のお話を聞きます。",
        "reports": [
            ("2023-10-04", 15, "見学後の意見交換で、各生協に持ち帰りたいアイデアが多く出ました。")
        ],
    },
    {
        "title": "東久留米タウンミーティング",
        "kind": "town_meeting",
        "areas": ["higashikurume"],
        "organizers": ["コープみらい", "パルシステム東京", "東都生協", "西都保健生協"],
        "venue": 6,
        "start": "2023-11-25 13:30",
        "minutes": 150,
        "goals": [2, 3],
        "common_theme": True,
        "description": "地域の方々と生協が交流し、まちの困りごとやこれからを話し合います。",
        "reports": [
            ("2023-11-25", 42, "市民の方を含め42人が参加。食の支援について話題が集まりました。")
        ],
    },
    {
        "title": "施設見学と情報交流会",
        "kind": "visit",
        "areas": ["hachioji"],
        "organizers": ["八王子保健生協", "生協消費者住宅センター"],
        "venue": 7,
        "start": "2023-07-21 13:30",
        "minutes": 150,
        "goals": [1, 2],
        "common_theme": False,
        "description": "「地域の場づくり」をテーマに、地域の施設を見学し、情報交流します。",
        "reports": [
            ("2023-07-21", 17, "高齢者施設を見学し、地域の場づくりについて話し合いました。")
        ],
    },
    {
        "title": "フードドライブを知る学習会",
        "kind": "study",
        "areas": ["kita", "arakawa", "adachi"],
        "organizers": ["コープみらい", "パルシステム東京", "東都生協"],
        "venue": 1,
        "start": "2024-01-27 13:30",
        "minutes": 120,
        "goals": [1, 2],
        "common_theme": True,
        "description": "共通テーマ「生活困窮者支援」について、各生協のフードドライブの取り組みを学びます。",
        "reports": [
            ("2024-01-27", 46, "3区合同で開催。フードパントリーの運営者から現場の声を聞きました。")
        ],
    },
]

# Events of the current fiscal year, `days` from the day the demo is loaded.
# A report is added only for events that have already happened.
EVENTS_CURRENT = [
    {
        "title": "北区 防災講座「わが家の備蓄を見直そう」",
        "kind": "disaster_prevention",
        "areas": ["kita"],
        "organizers": ["コープみらい", "東京ふれあい医療生協"],
        "venue": 1,
        "days": -40,
        "time": "10:00",
        "minutes": 120,
        "goals": [1],
        "common_theme": False,
        "description": "ローリングストックのコツを学び、わが家の備蓄を見直します。",
        "report": (24, "備蓄品を持ち寄って点検し、足りないものを書き出しました。"),
    },
    {
        "title": "八王子 情報交流会",
        "kind": "exchange",
        "areas": ["hachioji"],
        "organizers": ["コープみらい", "自然派くらぶ生協", "八王子保健生協"],
        "venue": 7,
        "days": -12,
        "time": "13:30",
        "minutes": 120,
        "goals": [2],
        "common_theme": False,
        "description": "各生協の地域活動を紹介しあい、次の取り組みを話し合います。",
        "report": (13, "次回は地域のイベントに共同でブースを出すことになりました。"),
    },
    {
        "title": "品川区社会福祉協議会との連携会議",
        "kind": "exchange",
        "areas": ["shinagawa"],
        "organizers": ["品川区社会福祉協議会", "コープみらい"],
        "venue": 3,
        "days": 9,
        "time": "14:00",
        "minutes": 90,
        "goals": [2],
        "common_theme": False,
        "status": "postponed",
        "description": "地域の団体との連携について話し合います。日程は調整中です。",
    },
    {
        "title": "杉並 防災まち歩き",
        "kind": "town_walk",
        "areas": ["suginami"],
        "organizers": ["生活クラブ生協", "東京西部保健生協"],
        "venue": 4,
        "days": 13,
        "time": "10:00",
        "minutes": 150,
        "goals": [1, 3],
        "common_theme": False,
        "description": "昨年つくった防災マップを手に、まちを歩いて確かめます。",
    },
    {
        "title": "練馬 オンライン学習会「子ども食堂のいま」",
        "kind": "study",
        "areas": ["nerima"],
        "organizers": ["東都生協", "すずしろ医療生協"],
        "venue": None,
        "online_url": "https://example.org/sample-online-meeting",
        "days": 20,
        "time": "19:00",
        "minutes": 90,
        "goals": [1],
        "common_theme": True,
        "description": "区内の子ども食堂の方にオンラインでお話を伺います。",
    },
    {
        "title": "足立 まち歩き（雨天中止）",
        "kind": "town_walk",
        "areas": ["adachi"],
        "organizers": ["パルシステム東京"],
        "venue": 2,
        "days": 27,
        "time": "10:00",
        "minutes": 120,
        "goals": [1],
        "common_theme": False,
        "status": "cancelled",
        "description": "荒天の予報のため中止します。",
    },
    {
        "title": "東久留米タウンミーティング「まちの居場所を考える」",
        "kind": "town_meeting",
        "areas": ["higashikurume"],
        "organizers": ["コープみらい", "西都保健生協"],
        "venue": 6,
        "days": 41,
        "time": "13:30",
        "minutes": 150,
        "goals": [2, 3],
        "common_theme": False,
        "description": "地域の方と一緒に、まちの居場所について話し合います。",
    },
    {
        "title": "生活困窮者支援を考える合同学習会",
        "kind": "study",
        "areas": ["adachi", "arakawa", "kita"],
        "organizers": ["コープみらい", "東京はくと医療生協", "荒川区社会福祉協議会"],
        "venue": 2,
        "days": 56,
        "time": "13:30",
        "minutes": 120,
        "goals": [1, 2],
        "common_theme": True,
        "description": "共通テーマ「生活困窮者支援」について、相談窓口の方から学びます。",
    },
]

# A group's public contact (an office's, never a person's), by the group's slug.
GROUP_CONTACTS = {
    "arakawa": {
        "contact_name": "コープみらい 荒川センター（サンプル）",
        "contact_phone": "03-0000-0000",
        "contact_hours": "平日 9時〜17時",
    },
}
