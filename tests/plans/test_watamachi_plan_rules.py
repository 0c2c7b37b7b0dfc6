"""わたまちプラン rules: a 3–5 fiscal-year period, status and progress that agree,
reviews that bring progress up to date, and contacts shown by role only."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.factories import EventFactory
from events.models import EventKind
from plans.factories import (
    AreaPlanFactory,
    IssueSourceFactory,
    PlanContactFactory,
    PlanIssueFactory,
    PlanReviewFactory,
    ReviewEntryFactory,
)
from plans.models import AreaPlan, IssueSource, IssueStatus, PlanStatus, ReviewEntry

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("last", [2026, 2027, 2028])
def test_a_plan_may_run_three_to_five_fiscal_years(last):
    plan = AreaPlanFactory.build(first_fiscal_year=2024, last_fiscal_year=last)
    plan.full_clean(exclude=["area_group"])


@pytest.mark.parametrize("last", [2024, 2025, 2029, 2023])
def test_a_plan_shorter_than_three_or_longer_than_five_years_is_refused(last):
    plan = AreaPlanFactory.build(first_fiscal_year=2024, last_fiscal_year=last)
    with pytest.raises(ValidationError) as error:
        plan.full_clean(exclude=["area_group"])
    assert "3〜5年度" in str(error.value.message_dict["last_fiscal_year"])


def test_the_database_refuses_a_two_year_plan_too():
    with pytest.raises(IntegrityError), transaction.atomic():
        AreaPlanFactory(first_fiscal_year=2024, last_fiscal_year=2025)


def test_a_plan_being_drafted_needs_no_adoption_date_but_one_being_carried_out_does():
    drafting = AreaPlanFactory.build(status=PlanStatus.DRAFTING, adopted_on=None)
    drafting.full_clean(exclude=["area_group"])
    active = AreaPlanFactory.build(status=PlanStatus.ACTIVE, adopted_on=None)
    with pytest.raises(ValidationError) as error:
        active.full_clean(exclude=["area_group"])
    assert "adopted_on" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        AreaPlanFactory(status=PlanStatus.COMPLETED, adopted_on=None)


def test_a_group_has_one_plan_per_starting_year():
    plan = AreaPlanFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AreaPlanFactory(area_group=plan.area_group, first_fiscal_year=plan.first_fiscal_year)


def test_the_period_reads_as_fiscal_years():
    plan = AreaPlanFactory.build(first_fiscal_year=2024, last_fiscal_year=2026)
    assert plan.period_label == "2024年度〜2026年度"
    assert plan.period_years == 3


@pytest.mark.parametrize("progress", [-1, 101, 150])
def test_progress_outside_0_to_100_is_refused(progress):
    issue = PlanIssueFactory.build(progress=progress, plan=AreaPlanFactory())
    with pytest.raises(ValidationError) as error:
        issue.full_clean()
    assert "progress" in error.value.message_dict


def test_the_database_refuses_progress_over_100():
    with pytest.raises(IntegrityError), transaction.atomic():
        PlanIssueFactory(progress=120)


def test_an_achieved_issue_is_at_100_and_a_not_started_one_at_0():
    plan = AreaPlanFactory()
    with pytest.raises(ValidationError, match="100%"):
        PlanIssueFactory.build(plan=plan, status=IssueStatus.ACHIEVED, progress=80).full_clean()
    with pytest.raises(ValidationError, match="0%"):
        PlanIssueFactory.build(plan=plan, status=IssueStatus.NOT_STARTED, progress=10).full_clean()
    PlanIssueFactory.build(plan=plan, status=IssueStatus.ACHIEVED, progress=100).full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        PlanIssueFactory(plan=plan, status=IssueStatus.ACHIEVED, progress=80)


def test_a_review_entry_brings_the_issue_up_to_date():
    issue = PlanIssueFactory(status=IssueStatus.NOT_STARTED, progress=0)
    review = PlanReviewFactory(plan=issue.plan, held_on=datetime.date(2024, 12, 1))
    ReviewEntryFactory(review=review, issue=issue, status=IssueStatus.IN_PROGRESS, progress=30)
    issue.refresh_from_db()
    assert (issue.status, issue.progress) == (IssueStatus.IN_PROGRESS, 30)


def test_an_older_review_entered_late_does_not_overwrite_newer_progress():
    issue = PlanIssueFactory()
    newer = PlanReviewFactory(plan=issue.plan, held_on=datetime.date(2025, 6, 1))
    older = PlanReviewFactory(plan=issue.plan, held_on=datetime.date(2024, 12, 1))
    ReviewEntryFactory(review=newer, issue=issue, progress=70)
    ReviewEntryFactory(review=older, issue=issue, progress=20)
    issue.refresh_from_db()
    assert issue.progress == 70
    assert ReviewEntry.objects.filter(issue=issue).count() == 2


def test_removing_the_latest_entry_falls_back_to_the_one_before():
    issue = PlanIssueFactory()
    older = PlanReviewFactory(plan=issue.plan, held_on=datetime.date(2024, 12, 1))
    newer = PlanReviewFactory(plan=issue.plan, held_on=datetime.date(2025, 6, 1))
    ReviewEntryFactory(review=older, issue=issue, progress=20)
    mistaken = ReviewEntryFactory(review=newer, issue=issue, progress=90)
    mistaken.delete()
    issue.refresh_from_db()
    assert issue.progress == 20


def test_a_review_entry_must_be_about_an_issue_of_the_same_plan():
    review = PlanReviewFactory()
    other_issue = PlanIssueFactory()
    entry = ReviewEntry(review=review, issue=other_issue, progress=10)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "issue" in error.value.message_dict


def test_a_review_cannot_predate_the_plan():
    plan = AreaPlanFactory(adopted_on=datetime.date(2024, 6, 1))
    review = PlanReviewFactory.build(plan=plan, held_on=datetime.date(2024, 5, 31))
    with pytest.raises(ValidationError):
        review.full_clean()


def test_an_issue_remembers_the_cafes_that_raised_it():
    issue = PlanIssueFactory()
    first = IssueSourceFactory(issue=issue).event
    second = IssueSourceFactory(issue=issue).event
    assert set(issue.raised_at.all()) == {first, second}
    with pytest.raises(IntegrityError), transaction.atomic():
        IssueSource.objects.create(issue=issue, event=first)


def test_only_watamachi_gatherings_can_be_where_an_issue_was_raised():
    study = EventFactory(kind=EventKind.STUDY)
    source = IssueSource(issue=PlanIssueFactory(), event=study)
    with pytest.raises(ValidationError):
        source.full_clean()


@pytest.mark.parametrize(
    "display_name",
    ["ふくまち 山田 yamada@example.jp", "アドバイザー 048-123-4567", "携帯 090 1234 5678"],
)
def test_a_contact_cannot_carry_a_personal_email_or_phone(display_name):
    contact = PlanContactFactory.build(display_name=display_name)
    with pytest.raises(ValidationError) as error:
        contact.full_clean(exclude=["area_group", "organization"])
    assert "display_name" in error.value.message_dict


def test_a_contact_points_to_the_organizations_website_unless_given_its_own_page():
    contact = PlanContactFactory()
    assert contact.public_url == "https://example.org/fukumachi/"
    contact.contact_url = "mailto:someone@example.org"
    with pytest.raises(ValidationError):
        contact.full_clean()


def test_plans_for_a_year_are_those_whose_period_covers_it():
    plan = AreaPlanFactory(first_fiscal_year=2024, last_fiscal_year=2026)
    assert list(AreaPlan.objects.for_year(2026)) == [plan]
    assert list(AreaPlan.objects.for_year(2027)) == []
