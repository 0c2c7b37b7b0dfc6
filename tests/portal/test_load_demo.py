"""The demo data carries the 2023 booklet faithfully, and loading it twice duplicates nothing."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from areas.models import (
    AreaGroup,
    AreaStatus,
    Charter,
    CommonTheme,
    Membership,
    Municipality,
    YearlyTheme,
)
from booklet.models import YearBooklet
from coops.models import Organization
from events.models import ActivityReport, Event, Recurrence, Venue
from plans.models import (
    AreaPlan,
    IssueSource,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    RaisedVoice,
    ReviewEntry,
)

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parents[1] / "data" / "tokyo-coop-machizukuri-topics-2023.txt"
WATAMACHI_SEED = Path(__file__).parents[1] / "data" / "seikatsuclub-saitama-watamachi-plan.txt"
MODELS = [
    Organization,
    AreaGroup,
    Membership,
    YearlyTheme,
    Charter,
    CommonTheme,
    Event,
    ActivityReport,
    Venue,
    Municipality,
    AreaPlan,
    PlanIssue,
    Milestone,
    PlanReview,
    ReviewEntry,
    PlanContact,
    RaisedVoice,
    IssueSource,
]


def squash(text: str) -> str:
    """The booklet's words without layout: no spaces, line breaks or ■ marks."""
    return re.sub(r"[\s■]", "", text)


def seed_blocks() -> dict[str, tuple[str, str, list[str]]]:
    """Each active group's block from the booklet: title → (headline, text, members)."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    blocks = {}
    for i, line in enumerate(lines):
        if line.startswith("■"):
            title = next(x for x in reversed(lines[:i]) if x)
            body = []
            j = i + 1
            while not ("・" in lines[j] and "。" not in lines[j]):
                if lines[j]:
                    body.append(lines[j])
                j += 1
            blocks[title] = (line.strip("■ 　"), "\n".join(body), lines[j].split("・"))
    return blocks


def test_all_62_tokyo_municipalities_ship_with_their_codes():
    tokyo = Municipality.objects.filter(prefecture="東京都")
    assert tokyo.count() == 62
    counts = {kind: tokyo.filter(kind=kind).count() for kind in "区市町村"}
    assert counts == {"区": 23, "市": 26, "町": 5, "村": 8}
    assert Municipality.objects.get(code="13118").name == "荒川区"
    assert Municipality.objects.get(code="13201").name == "八王子市"


def test_loading_twice_gives_the_same_rows():
    call_command("load_demo", verbosity=0)
    first = {model: model.objects.count() for model in MODELS}
    call_command("load_demo", verbosity=0)
    assert {model: model.objects.count() for model in MODELS} == first
    # The 12 of the Tokyo booklet and the Saitama わたまち sample.
    assert first[AreaGroup] == 13
    assert first[Event] > 10
    assert first[ActivityReport] > 10


def test_dry_run_saves_nothing():
    call_command("load_demo", "--dry-run", verbosity=0)
    assert AreaGroup.objects.count() == 0


def test_every_active_group_carries_the_booklets_headline_text_and_members(demo):
    blocks = seed_blocks()
    assert len(blocks) == 8
    themes = YearlyTheme.objects.for_year(2023).filter(area_group__status=AreaStatus.ACTIVE)
    assert themes.count() == 8
    for title, (headline, text, members) in blocks.items():
        theme = themes.get(area_group__name=title)
        assert theme.headline == headline.strip()
        assert squash(theme.text) == squash(text)
        listed = Membership.objects.filter(area_group=theme.area_group, fiscal_year=2023)
        assert [m.organization.name for m in listed.order_by("position")] == members
        assert theme.is_published


def test_the_booklet_order_of_groups_is_kept(demo):
    tokyo = AreaGroup.objects.active().filter(municipality__prefecture="東京都")
    names = [g.name for g in tokyo]
    assert names == [
        "荒川区まちづくり",
        "北区まちづくり",
        "足立区まちづくり",
        "品川区まちづくり",
        "杉並区まちづくり",
        "練馬区まちづくり",
        "東久留米市まちづくり",
        "生協のまちづくり☆八王子",
    ]


def test_the_charter_is_word_for_word(demo):
    seed = squash(SEED.read_text(encoding="utf-8"))
    charter = Charter.objects.get(fiscal_year=2023)
    assert charter.philosophy == "ひとりぼっちにしないまちづくり"
    assert squash(charter.purpose) == "誰もが「自分らしく」安心してくらし続けられる「まち」をつくる"
    goals = list(charter.goals.order_by("number"))
    assert [g.number for g in goals] == [1, 2, 3]
    for goal in goals:
        assert f"{goal.number}.{squash(goal.text)}" in seed
    # The year's lead and theme policy are its booklet's words (booklet.YearBooklet).
    words = YearBooklet.objects.get(fiscal_year=2023, network__slug="tokyo")
    assert words.title == "東京の生協のまちづくり活動トピックス"
    assert squash(words.lead) in seed and words.lead
    assert squash(words.theme_policy) in seed and words.theme_policy
    theme = CommonTheme.objects.get(fiscal_year=2023)
    assert theme.name == "生活困窮者支援"
    assert squash(theme.description) in seed


def test_the_four_promoting_municipalities_carry_their_notes(demo):
    seed = squash(SEED.read_text(encoding="utf-8"))
    promoting = AreaGroup.objects.promoting().select_related("municipality")
    assert [g.municipality.name for g in promoting] == ["豊島区", "葛飾区", "目黒区", "三鷹市"]
    for group in promoting:
        note = group.themes.get(fiscal_year=2023).text
        assert squash(note) in seed


def test_every_organization_is_named_in_one_of_the_seeds(demo):
    seeds = SEED.read_text(encoding="utf-8") + WATAMACHI_SEED.read_text(encoding="utf-8")
    for organization in Organization.objects.all():
        assert organization.name in seeds


def test_the_arakawa_cafe_repeats_every_month(demo):
    cafe = Event.objects.get(title="荒川コープカフェ")
    assert cafe.recurrence == Recurrence.MONTHLY_WEEKDAY
    assert cafe.area_groups.get().slug == "arakawa"
    assert len(cafe.occurrences()) >= 12
    assert cafe.reports.filter(held_on__year=2023).count() >= 3


def test_sample_events_say_they_are_samples(demo):
    for event in Event.objects.all():
        assert "サンプル" in event.description
    for report in ActivityReport.objects.all():
        assert "サンプル" in report.summary


def test_the_command_opens_the_current_year_with_drafts_once_and_mails_no_one(mailoutbox):
    from areas.models import Charter, PublicationStatus, YearlyTheme
    from core.fiscal_year import current_fiscal_year

    call_command("load_demo", verbosity=0)
    year = current_fiscal_year()
    drafts = YearlyTheme.objects.filter(fiscal_year=year, publication=PublicationStatus.DRAFT)
    assert drafts.count() == 8  # each active Tokyo group, not the Saitama example
    assert not drafts.filter(area_group__slug="kawaguchi-watamachi").exists()
    assert Charter.objects.filter(fiscal_year=year).exists()
    assert mailoutbox == []
    themes = YearlyTheme.objects.count()
    call_command("load_demo", verbosity=0)
    assert YearlyTheme.objects.count() == themes


def test_the_demo_cafe_takes_sign_ups_and_arakawa_has_a_public_contact(demo):
    cafe = Event.objects.get(title="荒川コープカフェ")
    assert cafe.takes_signups_here and cafe.capacity == 20
    arakawa = AreaGroup.objects.get(slug="arakawa")
    assert arakawa.contact_name.startswith("コープみらい") and arakawa.contact_phone
