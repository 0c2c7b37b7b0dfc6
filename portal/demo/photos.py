"""Photos for the demo's activity reports: the drawn scenes in portal/demo/photos/
(made by scripts/make_demo_photos.py), each with a Japanese description and caption.

The rule (as portal/demo/common.py): a report gets its demo photos only when it has none of
them — a demo photo is known by its description, now or in its history, so one whose
caption or description a person changed is still the demo's and nothing is added again.
A person's own photos are never touched. The files go through the same checks and
re-encoding as an upload (core.images.sanitize) and are saved by Photo.save, so into the
project's storage (filesystem or object storage) with random names and their renditions.
"""

import datetime
from pathlib import Path

from django.core.files import File
from django.db.models import Q

from core.images import sanitize
from events.models import ActivityReport, Photo

FOLDER = Path(__file__).resolve().parent / "photos"

# (event title, report date or None for its latest report, [(file, description, caption)])
REPORT_PHOTOS = [
    (
        "荒川コープカフェ",
        None,
        [
            (
                "cafe.jpg",
                "窓ぎわのテーブルでお茶を飲みながら話す参加者4人",
                "お茶とお菓子を囲んで、近所の話題で盛り上がりました",
            ),
            (
                "meeting.jpg",
                "ホワイトボードの付せんを見ながら輪になって話し合う参加者たち",
                "困りごとを付せんに書き出して、みんなで眺めました",
            ),
        ],
    ),
    (
        "荒川コープカフェ",
        "2023-05-20",
        [
            (
                "cafe.jpg",
                "テーブルを囲んでお茶を飲む参加者たち",
                "地域包括支援センターの方のお話のあと、お茶の時間に",
            ),
        ],
    ),
    (
        "地域を知る学習会「荒川区の地域福祉」",
        "2023-09-09",
        [
            (
                "meeting.jpg",
                "付せんを貼ったホワイトボードの前で輪になって座る参加者たち",
                "区内の地域福祉の課題を付せんで整理しました",
            ),
        ],
    ),
    (
        "北区の防災学習会「日常から発災時・復興期まで」",
        "2023-09-02",
        [
            (
                "supplies.jpg",
                "机に並べた水のペットボトル、段ボール箱、ヘルメットと救急箱",
                "各生協の備蓄品を持ち寄って見比べました",
            ),
            (
                "map-walk.jpg",
                "公園の道で地図を広げ、避難所の標識を確かめる参加者たち",
                "避難所までの道を地図で確かめました",
            ),
        ],
    ),
    (
        "区民まつりで生協のまちづくりを紹介",
        "2023-10-21",
        [
            (
                "festival.jpg",
                "旗で飾られたテントのブースで来場者と話すスタッフ",
                "区民まつりの生協ブース。たくさんの方が立ち寄ってくれました",
            ),
        ],
    ),
    (
        "北区 防災講座「わが家の備蓄を見直そう」",
        None,
        [
            (
                "supplies.jpg",
                "机に並べた水のペットボトルと備蓄品を点検する参加者たち",
                "持ち寄った備蓄品を点検しました",
            ),
        ],
    ),
]


def load_report_photos() -> int:
    """Add the demo photos missing from the demo's reports; returns how many were added."""
    added = 0
    for title, held_on, photos in REPORT_PHOTOS:
        report = _report(title, held_on)
        if report is None or _has_demo_photo(report, [alt for _, alt, _ in photos]):
            continue
        for position, (filename, alt_text, caption) in enumerate(photos):
            _add_photo(report, FOLDER / filename, alt_text, caption, position)
            added += 1
    return added


def _report(title: str, held_on: str | None) -> ActivityReport | None:
    reports = ActivityReport.objects.filter(event__title=title)
    if held_on:
        return reports.filter(held_on=datetime.date.fromisoformat(held_on)).first()
    return reports.order_by("-held_on", "pk").first()


def _has_demo_photo(report: ActivityReport, descriptions: list[str]) -> bool:
    """Whether the report has a demo photo, found by its description now or in its history."""
    historic = Photo.history.filter(report_id=report.pk, alt_text__in=descriptions).values("id")
    return (
        Photo.objects.filter(report=report)
        .filter(Q(alt_text__in=descriptions) | Q(pk__in=historic))
        .exists()
    )


def _add_photo(report, path: Path, alt_text: str, caption: str, position: int) -> Photo:
    with path.open("rb") as source:
        image = sanitize(File(source, name=path.name))  # the upload's checks and re-encoding
    return Photo.objects.create(
        event_id=report.event_id,
        report=report,
        image=image,
        alt_text=alt_text,
        caption=caption,
        position=position,
    )
