"""Generated phrases read as natural English on /en/ pages (issue 16): how an event repeats,
with its first or last date, and counts of people and places.

Each phrase is one msgid (events/recurrence_words.py); these tests name the English the
catalogue must give, in Japanese too so both languages are pinned.
"""

import datetime

import pytest
from django.utils import translation

from areas.factories import CharterFactory, GoalFactory
from coops.factories import OrganizationFactory
from events.factories import EventFactory, local_datetime
from events.models import Recurrence
from events.recurrence_words import describe
from events.templatetags.event_tags import repeats_from, repeats_until

pytestmark = pytest.mark.django_db


def local(*args):
    return local_datetime(*args).replace(tzinfo=None)


MW, MD = "monthly_weekday", "monthly_date"
PATTERNS = [
    # kind, first start, Japanese, English
    (MW, local(2023, 4, 15, 13, 30), "毎月第3土曜日", "Every third Saturday of the month"),
    (MW, local(2023, 4, 3, 10), "毎月第1月曜日", "Every first Monday of the month"),
    (MW, local(2023, 4, 11, 10), "毎月第2火曜日", "Every second Tuesday of the month"),
    (MW, local(2023, 4, 27, 10), "毎月第4木曜日", "Every fourth Thursday of the month"),
    (MW, local(2023, 4, 29, 10), "毎月最終土曜日", "Every last Saturday of the month"),
    ("weekly", local(2023, 4, 16, 10), "毎週日曜日", "Every Sunday"),
    (MD, local(2023, 4, 1, 10), "毎月1日", "On the 1st of every month"),
    (MD, local(2023, 4, 2, 10), "毎月2日", "On the 2nd of every month"),
    (MD, local(2023, 4, 3, 10), "毎月3日", "On the 3rd of every month"),
    (MD, local(2023, 4, 11, 10), "毎月11日", "On the 11th of every month"),
    (MD, local(2023, 4, 12, 10), "毎月12日", "On the 12th of every month"),
    (MD, local(2023, 4, 15, 10), "毎月15日", "On the 15th of every month"),
    (MD, local(2023, 4, 21, 10), "毎月21日", "On the 21st of every month"),
    (MD, local(2023, 4, 22, 10), "毎月22日", "On the 22nd of every month"),
    (MD, local(2023, 4, 23, 10), "毎月23日", "On the 23rd of every month"),
    (MD, local(2023, 3, 31, 10), "毎月31日", "On the 31st of every month"),
]


@pytest.mark.parametrize(("kind", "first", "japanese", "english"), PATTERNS)
def test_a_repetition_reads_naturally_in_both_languages(kind, first, japanese, english):
    with translation.override("ja"):
        assert describe(kind, first) == japanese
    with translation.override("en"):
        assert describe(kind, first) == english


@pytest.fixture
def cafe(db):
    first = local_datetime(2023, 4, 15, 13, 30)
    return EventFactory(
        title="荒川コープカフェ",
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        recurrence=Recurrence.MONTHLY_WEEKDAY,
        recurrence_until=datetime.date(2024, 3, 31),
    )


def test_the_rule_with_its_last_date_is_one_sentence(cafe):
    with translation.override("ja"):
        assert repeats_until(cafe) == "毎月第3土曜日に開催（2024年3月31日(日)まで）"
    with translation.override("en"):
        assert repeats_until(cafe) == (
            "Every third Saturday of the month, until Sun, March 31, 2024"
        )


def test_the_rule_with_its_first_date_is_one_sentence(cafe):
    with translation.override("ja"):
        assert repeats_from(cafe) == "毎月第3土曜日（2023年4月15日(土)〜）"
    with translation.override("en"):
        assert repeats_from(cafe) == "Every third Saturday of the month, from Sat, April 15, 2023"


def test_the_english_cafe_page_does_not_say_held_monthly_on_saturday_of_week_3(client, cafe):
    html = client.get("/en" + cafe.get_absolute_url()).content.decode()
    assert "Every third Saturday of the month, until Sun, March 31, 2024" in html
    assert "of week 3" not in html
    assert "Held Monthly" not in html


@pytest.mark.parametrize(("capacity", "english"), [(1, "1 person"), (20, "20 people")])
def test_the_capacity_counts_people_in_english(client, db, capacity, english):
    event = EventFactory(capacity=capacity)
    html = client.get("/en" + event.get_absolute_url()).content.decode()
    assert f"<dd>{english}" in html


def test_the_coop_list_counts_in_english_brackets(client, db):
    OrganizationFactory(name="みどり生協", slug="midori")
    html = client.get("/en/coops/").content.decode()
    assert "（" not in html.split("<main")[1].split("</main>")[0]


def test_the_charter_lists_a_goals_events_with_english_brackets(client, db):
    charter = CharterFactory()
    goal = GoalFactory(charter=charter)
    EventFactory(title="学習会", starts_at=local_datetime(2023, 4, 1, 13, 30)).goals.add(goal)
    html = client.get(f"/en/charter/?year={charter.fiscal_year}").content.decode()
    assert "学習会</a> (Sat, April 1, 2023)" in html
