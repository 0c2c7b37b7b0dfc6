"""The README.md inside the open-data ZIP: Japanese first, then English.

Each file, each field with its meaning and unit, the codes used, the licence and how to credit
the source, and when the data was generated. The Japanese part is written with Japanese active
whatever language the request had, so the archive is the same for both languages.
"""

from django.conf import settings
from django.utils import translation

from coops.models import OrganizationKind
from events.models import EventKind
from opendata.datasets import DATASETS


def _files(lang: str, counts: dict[str, int]) -> list[str]:
    lines = []
    for dataset in DATASETS:
        title = str(dataset.ja) if lang == "ja" else dataset.en
        rows = counts.get(dataset.name, 0)
        count = f"{rows}件" if lang == "ja" else f"{rows} rows"
        lines += [
            f"### {dataset.name}.csv / {dataset.name}.json",
            "",
            f"{title}（{count}）" if lang == "ja" else f"{title} ({count})",
            "",
            "| field | 意味 |" if lang == "ja" else "| field | meaning |",
            "|---|---|",
        ]
        for field in dataset.fields:
            meaning = str(field.ja) if lang == "ja" else field.en
            lines.append(f"| `{field.name}` | {meaning} |")
        lines.append("")
    return lines


def _codes(lang: str) -> list[str]:
    lines = []
    for title, choices in (
        ("events.kind", EventKind),
        ("organizations.kind", OrganizationKind),
    ):
        lines += [f"`{title}`:", ""]
        for code, label in choices.choices:
            lines.append(f"- `{code}`: {label}")
        lines.append("")
    return lines


def _japanese(generated: str, licence: dict, counts: dict[str, int]) -> list[str]:
    with translation.override("ja"):
        return [
            "# 東京の生協のまちづくり オープンデータ",
            "",
            f"生成日時: {generated}",
            "",
            "このサイトで公開している、まちづくりグループ・取り組みテーマ・生協と団体・活動と"
            "開催日・実施報告の数字をまとめたデータです。下書きや非公開のもの、個人情報"
            "（申し込みやお問い合わせをした方のお名前・連絡先など）は含みません。",
            "",
            "## ライセンス",
            "",
            f"{licence['name']}（{licence['url']}）",
            "",
            "どなたでも、営利・非営利を問わず、コピー・加工・再配布できます。使うときは、"
            f"次のように出典を示してください:「{licence['attribution']}」",
            "",
            "## ファイルの形式",
            "",
            "- CSV: UTF-8（BOM付き）、改行はCRLF、1行目は項目名。Excelでそのまま開けます。"
            "記号（= + - @）で始まる文字列は、数式にならないよう先頭に ' を付けています。",
            "- JSON: UTF-8。`rows` に1行ずつのオブジェクト、`license` にライセンス。",
            "- 日付・日時は ISO 8601（例: 2026-04-18、2026-04-18T10:00:00+09:00、日本時間）。",
            "- 番号（id）とURL用の名前（slug）は変わりません。ファイルどうしをつなぐのに使えます。",
            "- 複数の値（グループなど）は、JSONでは配列、CSVでは ; 区切りです。",
            "- 年度は4月から翌年3月まで（2023 は 2023年4月〜2024年3月）。",
            "- 繰り返しの活動の開催日は、前年度と今年度の分です。",
            "",
            "## ファイルと項目",
            "",
            *_files("ja", counts),
            "## コード",
            "",
            *_codes("ja"),
        ]


def _english(generated: str, licence: dict, counts: dict[str, int]) -> list[str]:
    with translation.override("en"):
        return [
            "# Machizukuri (Tokyo co-ops' community building): open data",
            "",
            f"Generated: {generated}",
            "",
            "The public data of this site: area groups, their yearly themes, co-ops and partner "
            "organizations, events and their dates, and the figures of activity reports. No "
            "draft or unpublished row, and no personal data (no name or contact of anyone who "
            "signed up or wrote in).",
            "",
            "## Licence",
            "",
            f"{licence.get('name_en') or licence['name']} ({licence['url']})",
            "",
            "Anyone may copy, adapt and share it, also commercially, crediting the source as: "
            f"\u201c{licence['attribution']}\u201d",
            "",
            "## Format",
            "",
            "- CSV: UTF-8 with a byte-order mark, CRLF line ends, a header row of field names. "
            "Text starting with = + - @ has a leading ' so that no cell runs as a formula.",
            "- JSON: UTF-8; `rows` holds one object per row, `license` the licence.",
            "- Dates and times in ISO 8601 (2026-04-18, 2026-04-18T10:00:00+09:00, Japan time).",
            "- Ids and slugs are stable: use them to join the files.",
            "- Several values (groups, organizers) are JSON arrays, joined by ; in CSV.",
            "- A fiscal year runs from April to March (2023 = April 2023 to March 2024).",
            "- A repeating event's dates are listed for the previous and the current fiscal year.",
            "",
            "## Files and fields",
            "",
            *_files("en", counts),
            "## Codes",
            "",
            *_codes("ja"),
        ]


def readme_text(generated_at, counts: dict[str, int]) -> str:
    licence = dict(settings.OPEN_DATA_LICENCE)
    generated = generated_at.isoformat()
    japanese = _japanese(generated, licence, counts)
    lines = [*japanese, "---", "", *_english(generated, licence, counts)]
    return "\n".join(lines) + "\n"
