"""Residents follow an area's わたまちプラン: /plans/ and /areas/<slug>/plan/."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from areas.factories import AreaGroupFactory
from areas.models import PublicationStatus
from events.factories import ActivityReportFactory, EventFactory, local_datetime
from events.models import EventKind
from plans.factories import (
    AreaPlanFactory,
    IssueSourceFactory,
    MilestoneFactory,
    PlanContactFactory,
    PlanIssueFactory,
    PlanReviewFactory,
    RaisedVoiceFactory,
    ReviewEntryFactory,
)
from plans.models import Approach, IssueStatus, PlanStatus

pytestmark = pytest.mark.django_db


def plan_url(group):
    return f"/areas/{group.slug}/plan/"


def current_step(html):
    """The text of the step marked aria-current="step" in the process figure."""
    steps = re.findall(
        r'<li class="process-step[^"]*"( aria-current="step")?>(.*?)</li>', html, re.S
    )
    visible = [re.sub(r'<span[^>]*aria-hidden="true">.*?</span>', "", b) for _m, b in steps]
    current = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()
        for (marked, _b), body in zip(steps, visible, strict=True)
        if marked
    ]
    assert len(steps) == 5
    return current[0] if current else None


def gathering(group, kind, day, **kwargs):
    starts = local_datetime(*day, 10)
    return EventFactory(kind=kind, starts_at=starts, area_groups=[group], **kwargs)


def test_the_plan_page_shows_the_vision_issues_by_approach_and_progress_as_text(client):
    plan = AreaPlanFactory(vision="誰もが安心して暮らせるまち")
    PlanIssueFactory(plan=plan, title="移動の支援", approach=Approach.BUSINESS, progress=40)
    PlanIssueFactory(plan=plan, title="居場所づくり", approach=Approach.MEMBER_ACTIVITY)
    PlanIssueFactory(plan=plan, title="計画への提案", approach=Approach.CIVIC_MOVEMENT)
    html = client.get(plan_url(plan.area_group)).content.decode()
    assert plan.title in html and "誰もが安心して暮らせるまち" in html
    business = html.index('<h3 id="approach-business">事業で解決する</h3>')
    member = html.index('<h3 id="approach-member_activity">組合員活動で解決する</h3>')
    civic = html.index('<h3 id="approach-civic_movement">市民運動で解決する</h3>')
    assert business < html.index("移動の支援") < member < html.index("居場所づくり") < civic
    assert '<progress value="40" max="100" aria-label="移動の支援の進捗">40%</progress>' in html
    assert '<span class="progress-text">40%</span>' in html


def test_each_issue_links_to_the_cafes_that_raised_it(client):
    issue = PlanIssueFactory(title="買い物の足")
    cafe = IssueSourceFactory(issue=issue, event__title="わたまちカフェ 駅前").event
    cafe.area_groups.set([issue.plan.area_group])
    html = client.get(plan_url(issue.plan.area_group)).content.decode()
    assert f'<a href="/events/{cafe.pk}/">わたまちカフェ 駅前</a>' in html
    # And the café, in the timeline, points back to the issue it raised.
    timeline = html[html.index("これまでの歩み") :]
    assert f'<a href="#issue-{issue.pk}">買い物の足</a>' in timeline
    assert f'id="issue-{issue.pk}"' in html


def test_the_timeline_shows_gatherings_their_voices_the_plan_and_reviews_in_order(client):
    plan = AreaPlanFactory(adopted_on=datetime.date(2024, 6, 1))
    group = plan.area_group
    cafe = gathering(group, EventKind.WATAMACHI_CAFE, (2024, 1, 20), title="カフェ一回目")
    report = ActivityReportFactory(event=cafe, participants=12)
    RaisedVoiceFactory(report=report, text="近くに集まれる場所がほしい")
    gathering(group, EventKind.WATAMACHI_BRIEFING, (2023, 11, 5), title="説明会")
    PlanReviewFactory(plan=plan, held_on=datetime.date(2024, 12, 1), summary="半年の振り返り")
    html = client.get(plan_url(group)).content.decode()
    timeline = html[html.index("これまでの歩み") :]
    order = ["2023年11月5日", "2024年1月20日", "2024年6月1日", "2024年12月1日"]
    positions = [timeline.index(day) for day in order]
    assert positions == sorted(positions)
    assert "近くに集まれる場所がほしい" in timeline and "参加 12人" in timeline
    assert "半年の振り返り" in timeline


def test_the_contact_is_shown_by_role_with_a_public_route_only(client):
    plan = AreaPlanFactory()
    PlanContactFactory(area_group=plan.area_group, contact_route="団体のウェブサイトから")
    html = client.get(plan_url(plan.area_group)).content.decode()
    contact = html[html.index("相談窓口") :]
    assert "ふくまち 地域福祉アドバイザー" in contact
    assert "地域福祉アドバイザー" in contact and "団体のウェブサイトから" in contact
    assert 'href="https://example.org/fukumachi/"' in contact
    # No one's address: the share link's mailto:?subject=… names no recipient.
    assert not re.search(r"mailto:[^?]", html)


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("briefing", "わたまち説明会"),
        ("cafe", "わたまちカフェ"),
        ("meeting_and_draft", "わたまちミーティング"),
        ("plan", "計画"),
        ("review", "振り返り"),
    ],
)
def test_the_process_figure_marks_where_the_area_stands(client, setup, expected):
    group = AreaGroupFactory()
    gathering(group, EventKind.WATAMACHI_BRIEFING, (2023, 10, 1))
    if setup != "briefing":
        gathering(group, EventKind.WATAMACHI_CAFE, (2023, 11, 1))
    if setup in ("meeting_and_draft", "plan", "review"):
        gathering(group, EventKind.WATAMACHI_MEETING, (2024, 2, 1))
    if setup == "meeting_and_draft":
        AreaPlanFactory(area_group=group, status=PlanStatus.DRAFTING, adopted_on=None)
    if setup in ("plan", "review"):
        plan = AreaPlanFactory(area_group=group)
    if setup == "review":
        PlanReviewFactory(plan=plan)
    html = client.get(plan_url(group)).content.decode()
    assert current_step(html).startswith(expected)
    assert "現在の段階" in current_step(html)
    assert html.count('aria-current="step"') == 1


def test_a_cafe_that_has_not_happened_yet_or_was_cancelled_does_not_move_the_area_on(client):
    group = AreaGroupFactory()
    gathering(group, EventKind.WATAMACHI_BRIEFING, (2023, 10, 1))
    gathering(group, EventKind.WATAMACHI_CAFE, (2099, 1, 1), title="先のカフェ")
    gathering(group, EventKind.WATAMACHI_CAFE, (2023, 11, 1), status="cancelled")
    html = client.get(plan_url(group)).content.decode()
    assert current_step(html).startswith("わたまち説明会")
    assert "先のカフェ" in html and "開催予定" in html


def test_a_stage_skipped_in_the_records_says_so_rather_than_claiming_it_happened(client):
    plan = AreaPlanFactory()
    html = client.get(plan_url(plan.area_group)).content.decode()
    assert current_step(html).startswith("計画")
    assert html.count("記録なし") == 3


def test_draft_plans_stay_private_and_an_area_without_anything_is_not_found(client):
    plan = AreaPlanFactory(publication=PublicationStatus.DRAFT, title="非公開の計画案")
    assert client.get(plan_url(plan.area_group)).status_code == 404
    assert "非公開の計画案" not in client.get("/plans/").content.decode()
    assert client.get("/areas/no-such-area/plan/").status_code == 404


def test_the_list_of_plans_links_to_each_areas_plan(client):
    plans = [AreaPlanFactory() for _ in range(3)]
    html = client.get("/plans/").content.decode()
    for plan in plans:
        assert f'href="{plan_url(plan.area_group)}"' in html
        assert plan.title in html
    assert "2024年度〜2026年度" in html


def build_plan_with(group, size):
    plan = AreaPlanFactory(area_group=group)
    review = PlanReviewFactory(plan=plan)
    for n in range(size):
        issue = PlanIssueFactory(plan=plan, approach=Approach.values[n % 3])
        MilestoneFactory(issue=issue)
        ReviewEntryFactory(review=review, issue=issue, status=IssueStatus.IN_PROGRESS)
        source = IssueSourceFactory(issue=issue, event__area_groups=[group])
        RaisedVoiceFactory(report__event=source.event)
    PlanContactFactory(area_group=group)
    return plan


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_plan_page_makes_the_same_number_of_queries_whatever_the_size(
    client, django_assert_max_num_queries
):
    small, large = AreaGroupFactory(), AreaGroupFactory()
    build_plan_with(small, 1)
    build_plan_with(large, 12)
    assert count_queries(client, plan_url(small)) == count_queries(client, plan_url(large))
    with django_assert_max_num_queries(13):
        client.get(plan_url(large))


def test_the_list_of_plans_makes_the_same_number_of_queries_whatever_the_size(
    client, django_assert_max_num_queries
):
    build_plan_with(AreaGroupFactory(), 2)
    small = count_queries(client, "/plans/")
    for _ in range(8):
        build_plan_with(AreaGroupFactory(), 3)
    assert count_queries(client, "/plans/") == small
    with django_assert_max_num_queries(2):
        client.get("/plans/")


def test_the_plan_page_speaks_english_under_en(client):
    plan = AreaPlanFactory()
    issue = PlanIssueFactory(plan=plan, approach=Approach.BUSINESS)
    cafe = IssueSourceFactory(issue=issue).event
    html = client.get(f"/en{plan_url(plan.area_group)}").content.decode()
    assert '<html lang="en">' in html
    assert "Current stage" in html
    assert "FY2024–FY2026" in html
    assert "Solved through business" in html
    assert f'href="/en/events/{cafe.pk}/"' in html
    assert "現在の段階" not in html


def test_the_demo_area_can_be_followed_from_its_first_cafe_to_its_latest_review(client, demo):
    html = client.get("/areas/kawaguchi-watamachi/plan/").content.decode()
    assert "わたまち説明会（川口）" in html
    assert "わたまちカフェ くらぶルームで話そう" in html
    assert current_step(html).startswith("振り返り")
    assert "ふくまち 地域福祉アドバイザー" in html
    assert "サンプル" in html
