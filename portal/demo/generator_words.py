"""The words generated data is made of: invented place names, headlines, texts, titles."""

from coops.models import OrganizationKind
from events.models import EventKind

PLACE_HEADS = ["桜", "緑", "青葉", "若葉", "朝日", "富士見", "柏", "梅", "松", "栄", "泉", "光"]
PLACE_TAILS = ["台", "ヶ丘", "野", "川", "原", "沢", "山", "島", "浜", "森"]
HEADLINES = [
    "知る・学ぶ・そして楽しむこと",
    "つながりを広げ、ひとりぼっちをなくす",
    "地域の困りごとを一緒に考える",
    "顔の見える関係づくり",
    "防災を入り口に、支え合いのまちへ",
    "子どもから高齢者まで、居場所のあるまち",
]
TEXTS = [
    "地域の団体と情報交換を重ね、困りごとを抱える人に早く気づけるつながりをつくります。",
    "カフェや学習会を定期的にひらき、誰もが気軽に立ち寄れる場をふやします。",
    "まち歩きで地域の強みと課題を確かめ、行政や社会福祉協議会と連携してすすめます。",
    "フードドライブなど生活困窮者支援の取り組みを各生協で共有し、協働をすすめます。",
]
EVENT_TITLES = {
    EventKind.CAFE: "{place}コープカフェ",
    EventKind.STUDY: "{place}学習会「くらしと福祉」",
    EventKind.DISASTER_PREVENTION: "{place}防災ワークショップ",
    EventKind.TOWN_WALK: "{place}まち歩き",
    EventKind.TOWN_MEETING: "{place}タウンミーティング",
    EventKind.VISIT: "{place}フードバンク見学会",
    EventKind.EXCHANGE: "{place}生協交流会",
}
LOCAL_ORGANIZATIONS = [
    (OrganizationKind.HEALTH_COOP, "{place}医療生協", True),
    (OrganizationKind.WORKERS_COOP, "ワーカーズコープ{place}", True),
    (OrganizationKind.NONPROFIT, "NPO法人{place}ささえあいの会", False),
    (OrganizationKind.COMMUNITY_SUPPORT_CENTER, "{place}地域包括支援センター", False),
]
