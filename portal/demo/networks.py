"""The demo's two networks (連絡会), as the migration that introduced networks made them."""

from areas.models import Network

TOKYO = "tokyo"
SAITAMA_WATAMACHI = "saitama-watamachi"
NETWORKS = {
    TOKYO: {
        "name": "東京の生協のまちづくり",
        "description": (
            "東京の地域生協・医療生協・ワーカーズコープなどが、区市町村ごとにすすめるまちづくり。"
        ),
        "position": 1,
    },
    SAITAMA_WATAMACHI: {
        "name": "生活クラブ埼玉 わたまち",
        "description": (
            "生活クラブ生協埼玉が組合員・地域住民とすすめる市民参加型の「福祉によるまちづくり」"
            "（わたまちプラン）。"
        ),
        "position": 2,
    },
}


def load_network(slug: str) -> Network:
    """The network, made if missing (a database emptied by a test has none); never changed."""
    network, _ = Network.objects.get_or_create(slug=slug, defaults=NETWORKS[slug])
    return network
