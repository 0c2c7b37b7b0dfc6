"""The demo follows one Saitama area through the whole わたまち process, marked as sample."""

import datetime
from pathlib import Path

import pytest

from areas.models import AreaGroup, Municipality
from coops.models import Organization
from events.models import ActivityReport, Event, EventKind
from plans.models import Approach, AreaPlan, IssueSource, PlanReview, PlanStatus, RaisedVoice
from portal.demo.loader import load_demo

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parents[1] / "data" / "seikatsuclub-saitama-watamachi-plan.txt"


def test_the_sample_area_is_a_real_saitama_municipality_off_the_tokyo_map(demo):
    kawaguchi = Municipality.objects.get(code="11203")
    assert (kawaguchi.name, kawaguchi.prefecture) == ("川口市", "埼玉県")
    assert kawaguchi.tile_x is None and kawaguchi.tile_y is None
    group = kawaguchi.area_group
    assert "生活クラブ生協埼玉" in group.name and "サンプル" in group.name


def test_the_partner_organizations_of_the_seed_are_there(demo):
    seed = SEED.read_text(encoding="utf-8")
    plan = AreaPlan.objects.get(is_sample=True)
    names = set(plan.organizations.values_list("name", flat=True))
    assert names == {
        "生活クラブ生協埼玉",
        "ふくまち",
        "埼玉ワーカーズ・コレクティブ連合会",
        "埼玉県市民ネットワーク",
        "大人の学校",
        "コミュニティケアクラブ埼玉",
    }
    for organization in plan.organizations.all():
        assert organization.name in seed
    assert Organization.objects.get(slug="fukumachi").formal_name == "一般社団法人ふくまち"


def test_the_sample_plan_walks_through_every_stage(demo):
    plan = AreaPlan.objects.get(is_sample=True)
    events = Event.objects.filter(area_groups=plan.area_group)
    kinds = [e.kind for e in events.order_by("starts_at")]
    assert kinds[0] == EventKind.WATAMACHI_BRIEFING
    assert kinds.count(EventKind.WATAMACHI_CAFE) >= 3
    assert kinds[-1] == EventKind.WATAMACHI_MEETING
    # Every gathering has its report; the cafés carry the voices typed in from the notes.
    assert ActivityReport.objects.filter(event__in=events).count() == len(kinds)
    assert RaisedVoice.objects.filter(report__event__kind=EventKind.WATAMACHI_CAFE).count() >= 6
    assert plan.status == PlanStatus.ACTIVE
    assert 3 <= plan.period_years <= 5
    assert {i.approach for i in plan.issues.all()} == set(Approach.values)
    assert all(issue.milestones.exists() for issue in plan.issues.all())
    assert all(issue.raised_at.exists() for issue in plan.issues.all())
    review = plan.reviews.get()
    assert review.entries.count() == plan.issues.count()
    assert not plan.is_overdue_for_review()


def test_every_piece_of_the_sample_says_it_is_a_sample(demo):
    plan = AreaPlan.objects.get(is_sample=True)
    assert "サンプル" in plan.title and "サンプル" in plan.vision
    for issue in plan.issues.all():
        assert "サンプル" in issue.description
    for review in plan.reviews.all():
        assert "サンプル" in review.summary
    for event in Event.objects.filter(area_groups=plan.area_group):
        assert "サンプル" in event.description


def test_loading_again_on_a_later_day_keeps_one_plan_and_its_dates():
    load_demo(today=datetime.date(2026, 3, 20))
    reports = ActivityReport.objects.filter(event__area_groups__slug="kawaguchi-watamachi")
    before = {m: m.objects.count() for m in [AreaPlan, PlanReview, IssueSource, RaisedVoice]}
    before_reports = reports.count()
    load_demo(today=datetime.date(2026, 5, 1))
    assert {m: m.objects.count() for m in before} == before
    assert reports.count() == before_reports
    plan = AreaPlan.objects.get(is_sample=True)
    # A person may have changed the plan since: the first load's dates stay.
    assert plan.adopted_on == datetime.date(2026, 3, 20) - datetime.timedelta(days=340)
    assert plan.reviews.count() == 1
    assert AreaGroup.objects.filter(slug="kawaguchi-watamachi").count() == 1
