"""Opening a fiscal year (年度の準備): the command, the rules it follows and its emails."""

import io
import logging

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from areas.factories import (
    AreaGroupFactory,
    CharterFactory,
    CommonThemeFactory,
    GoalFactory,
    MembershipFactory,
    YearlyThemeFactory,
)
from areas.models import (
    AreaGroup,
    AreaStatus,
    Charter,
    CommonTheme,
    Goal,
    Membership,
    MembershipRole,
    PublicationStatus,
    YearlyTheme,
)
from areas.yearly_cycle import open_fiscal_year
from core.fiscal_year import current_fiscal_year

pytestmark = pytest.mark.django_db

INTRODUCTION = "それぞれの自治体別まちづくりで決めた2023年度の取り組みテーマを大切にします。"
POLICY = "メンバーで協議の上で、それぞれの地域で大切にしたいテーマを設定して、取り組みます。"


@pytest.fixture
def year():
    """The year being opened: the next fiscal year, the furthest one may prepare."""
    return current_fiscal_year() + 1


@pytest.fixture
def world(year, coordinator_a, coordinator_b, django_user_model):
    """Last year's charter, common theme, and themes and members of 荒川区 and 北区;
    北区's latest theme and members are two years old. A paused group is left alone."""
    last = year - 1
    charter = CharterFactory(fiscal_year=last, introduction=INTRODUCTION, theme_policy=POLICY)
    goals = [GoalFactory(charter=charter, number=n, text=f"目標{n}") for n in (1, 2, 3)]
    common = CommonThemeFactory(fiscal_year=last, description="引き続き共通のテーマとします。")
    arakawa, kita = AreaGroup.objects.get(slug="arakawa"), AreaGroup.objects.get(slug="kita")
    theme = YearlyThemeFactory(
        area_group=arakawa, fiscal_year=last, headline="知る・学ぶ", text="学びを続けます。"
    )
    theme.goals.set([goals[0], goals[2]])
    theme.common_themes.set([common])
    YearlyThemeFactory(area_group=kita, fiscal_year=last - 1, headline="防災", text="備えます。")
    for position, role in [(2, MembershipRole.MEMBER), (1, MembershipRole.PARTNER)]:
        MembershipFactory(area_group=arakawa, fiscal_year=last, position=position, role=role)
    MembershipFactory(area_group=arakawa, fiscal_year=last - 1)  # an older year: not carried
    MembershipFactory(area_group=kita, fiscal_year=last - 1)
    paused = AreaGroupFactory(status=AreaStatus.PAUSED)
    YearlyThemeFactory(area_group=paused, fiscal_year=last)
    no_email = django_user_model.objects.create_user("no-email", email="", is_staff=True)
    arakawa.coordinators.add(no_email)
    return {"arakawa": arakawa, "kita": kita, "paused": paused, "theme": theme}


def counts():
    models = [YearlyTheme, Membership, Charter, Goal, CommonTheme]
    rows = {model.__name__: model.objects.count() for model in models}
    rows |= {
        "YearlyTheme.history": YearlyTheme.history.count(),
        "Membership.history": Membership.history.count(),
        "YearlyTheme.goals": YearlyTheme.goals.through.objects.count(),
        "YearlyTheme.common_themes": YearlyTheme.common_themes.through.objects.count(),
    }
    return rows


def run(*args):
    out = io.StringIO()
    call_command("open_fiscal_year", *map(str, args), stdout=out)
    return out.getvalue()


def test_every_active_group_gets_a_draft_prefilled_from_its_latest_theme(world, year):
    run(year)
    arakawa = YearlyTheme.objects.get(area_group=world["arakawa"], fiscal_year=year)
    kita = YearlyTheme.objects.get(area_group=world["kita"], fiscal_year=year)
    assert (arakawa.headline, arakawa.text) == ("知る・学ぶ", "学びを続けます。")
    assert (kita.headline, kita.text) == ("防災", "備えます。")
    assert {arakawa.publication, kita.publication} == {PublicationStatus.DRAFT}
    assert not YearlyTheme.objects.filter(area_group=world["paused"], fiscal_year=year).exists()


def test_a_draft_links_the_new_years_goals_and_common_themes_not_last_years(world, year):
    run(year)
    draft = YearlyTheme.objects.get(area_group=world["arakawa"], fiscal_year=year)
    assert [(g.charter.fiscal_year, g.number) for g in draft.goals.order_by("number")] == [
        (year, 1),
        (year, 3),
    ]
    assert [(c.fiscal_year, c.name) for c in draft.common_themes.all()] == [
        (year, "生活困窮者支援")
    ]
    # Last year's theme keeps its own links.
    assert {g.charter.fiscal_year for g in world["theme"].goals.all()} == {year - 1}


def test_members_are_those_of_the_latest_year_with_members_same_order_and_role(world, year):
    run(year)
    for slug, source in (("arakawa", year - 1), ("kita", year - 2)):
        group = world[slug]
        fields = ("organization", "role", "position")
        before = list(group.memberships.filter(fiscal_year=source).values_list(*fields))
        after = list(group.memberships.filter(fiscal_year=year).values_list(*fields))
        assert after == before and after


def test_the_charter_is_carried_without_the_words_that_name_a_year(world, year):
    run(year)
    carried = Charter.objects.get(fiscal_year=year)
    source = Charter.objects.get(fiscal_year=year - 1)
    assert (carried.philosophy, carried.purpose) == (source.philosophy, source.purpose)
    assert carried.introduction == ""  # 「…2023年度の…」 is last year's own words
    assert carried.theme_policy == POLICY  # names no year: carried
    assert list(carried.goals.values_list("number", "text")) == [
        (1, "目標1"),
        (2, "目標2"),
        (3, "目標3"),
    ]
    common = CommonTheme.objects.get(fiscal_year=year)
    assert (common.name, common.description) == ("生活困窮者支援", "引き続き共通のテーマとします。")


def test_a_year_with_its_own_charter_and_common_themes_keeps_them(world, year):
    own = CharterFactory(fiscal_year=year, philosophy="新しい理念", introduction="新しい年度へ")
    GoalFactory(charter=own, number=1, text="新しい目標")
    CommonThemeFactory(fiscal_year=year, name="防災")
    run(year)
    own.refresh_from_db()
    assert (own.philosophy, own.introduction, own.version) == ("新しい理念", "新しい年度へ", 0)
    assert list(own.goals.values_list("text", flat=True)) == ["新しい目標"]
    assert list(CommonTheme.objects.for_year(year).values_list("name", flat=True)) == ["防災"]
    # The draft links what the year has: goal 1 of its own charter, no 生活困窮者支援.
    draft = YearlyTheme.objects.get(area_group=world["arakawa"], fiscal_year=year)
    assert list(draft.goals.values_list("text", flat=True)) == ["新しい目標"]
    assert not draft.common_themes.exists()


def test_a_group_that_has_the_years_theme_keeps_it_and_its_members(world, year):
    own = YearlyThemeFactory(area_group=world["kita"], fiscal_year=year, headline="自分で書いた")
    member = MembershipFactory(area_group=world["kita"], fiscal_year=year)
    out = run(year)
    own.refresh_from_db()
    assert (own.headline, own.version) == ("自分で書いた", 0)
    assert list(world["kita"].memberships.filter(fiscal_year=year)) == [member]
    assert "北区まちづくり: " in out and "の取り組みテーマがあるため、そのまま" in out


def test_opening_twice_changes_nothing(world, year, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run(year)
    after_first = counts()
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        out = run(year)
    assert counts() == after_first
    assert len(mail.outbox) == sent
    assert "変更はありません" in out


def test_a_dry_run_writes_nothing_and_lists_what_the_real_run_does(
    world, year, django_capture_on_commit_callbacks
):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        dry = run(year, "--dry-run")
    assert counts() == before
    assert mail.outbox == []
    assert "まだ何も変えていません" in dry
    with django_capture_on_commit_callbacks(execute=True):
        real = run(year)
    assert dry.splitlines()[1:] == real.splitlines()[1:]
    assert "荒川区まちづくり: 取り組みテーマの下書きを作る" in real
    assert "荒川区まちづくり: 参加団体2件を" in real
    assert "基準の「はじめに」は年度を含む文章のため引き継がず、空欄にする" in real


def test_each_coordinator_gets_one_email_with_a_link_to_their_draft(
    world, year, coordinator_a, coordinator_b, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://machizukuri.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        run(year)
    assert sorted(message.to for message in mail.outbox) == [
        [coordinator_a.email],
        [coordinator_b.email],
    ]
    for message in mail.outbox:
        slug = "arakawa" if message.to == [coordinator_a.email] else "kita"
        draft = YearlyTheme.objects.get(area_group__slug=slug, fiscal_year=year)
        link = f"https://machizukuri.example.org/admin/areas/yearlytheme/{draft.pk}/change/"
        assert link in message.body
        assert f"{year}年度の取り組みテーマの下書きができました" in message.subject
        assert draft.area_group.name in message.body


def test_no_email_before_the_opening_is_committed(world, year, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        open_fiscal_year(year, dry_run=False)
    assert mail.outbox == []
    for callback in callbacks:  # the commit
        callback()
    assert len(mail.outbox) == 2


def test_a_mail_server_that_is_down_does_not_undo_the_opening(
    world, year, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("smtp.example.org refused coordinator_a@example.org")

    monkeypatch.setattr("areas.yearly_cycle_mail.send_mail", refuse)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        run(year)
    assert YearlyTheme.objects.filter(fiscal_year=year).count() == 2
    assert "ConnectionRefusedError" in caplog.text
    assert "@" not in caplog.text and "荒川" not in caplog.text


@pytest.mark.parametrize("offset", [None, 2])
def test_the_command_refuses_a_year_outside_the_rule(db, offset):
    year = 1999 if offset is None else current_fiscal_year() + offset
    last = current_fiscal_year() + 1
    with pytest.raises(CommandError, match=f"年度は2000年度から{last}年度までで入力してください。"):
        run(year)
    assert not YearlyTheme.objects.exists()


def test_the_demo_year_opens_with_a_draft_and_members_for_every_active_tokyo_group(demo, year):
    run(year)
    active = AreaGroup.objects.active().filter(network__slug="tokyo")
    drafts = YearlyTheme.objects.filter(fiscal_year=year, publication=PublicationStatus.DRAFT)
    assert drafts.count() == active.count() == 8
    assert not drafts.filter(area_group__slug="kawaguchi-watamachi").exists()
    for group in active.filter(memberships__isnull=False).distinct():
        assert group.memberships.filter(fiscal_year=year).exists(), group.name


def test_opening_refuses_a_year_outside_the_rule_whoever_calls_it(db):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        open_fiscal_year(current_fiscal_year() + 2, dry_run=True)


def test_opening_a_year_prepares_one_networks_groups(world, year):
    from areas.factories import NetworkFactory

    west = AreaGroupFactory(network=NetworkFactory(slug="west"))
    run(year)
    assert YearlyTheme.objects.filter(area_group=world["arakawa"], fiscal_year=year).exists()
    assert not YearlyTheme.objects.filter(area_group=west, fiscal_year=year).exists()
    run(year, "--network", "west")
    assert YearlyTheme.objects.filter(area_group=west, fiscal_year=year).exists()


def test_the_command_names_a_network_that_does_not_exist(world, year):
    with pytest.raises(CommandError, match="連絡会「nowhere」はありません"):
        run(year, "--network", "nowhere")
