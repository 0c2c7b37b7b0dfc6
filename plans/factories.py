"""Factories for わたまちプラン: plans, issues, milestones, reviews, contacts, and what the
わたまち gatherings raised."""

import datetime

import factory

from areas.factories import AreaGroupFactory
from areas.models import PublicationStatus
from coops.factories import OrganizationFactory
from events.factories import ActivityReportFactory, EventFactory
from events.models import EventKind
from plans.models import (
    Approach,
    AreaPlan,
    ContactRole,
    IssueSource,
    IssueStatus,
    Milestone,
    PlanContact,
    PlanIssue,
    PlanReview,
    PlanStatus,
    RaisedVoice,
    ReviewEntry,
    VoiceKind,
)


class AreaPlanFactory(factory.django.DjangoModelFactory):
    """A published plan being carried out: FY2024–FY2026, adopted 2024-06-01,
    reviewed every 6 months."""

    class Meta:
        model = AreaPlan
        skip_postgeneration_save = True

    area_group = factory.SubFactory(AreaGroupFactory)
    title = factory.Sequence(lambda n: f"わたしとみんなの福祉まちづくりプラン{n}")
    vision = "誰もが安心して暮らせる地域"
    first_fiscal_year = 2024
    last_fiscal_year = 2026
    status = PlanStatus.ACTIVE
    adopted_on = datetime.date(2024, 6, 1)
    review_interval_months = 6
    publication = PublicationStatus.PUBLISHED


class PlanIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanIssue

    plan = factory.SubFactory(AreaPlanFactory)
    title = factory.Sequence(lambda n: f"地域課題{n}")
    approach = Approach.MEMBER_ACTIVITY
    status = IssueStatus.IN_PROGRESS
    progress = 40


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    issue = factory.SubFactory(PlanIssueFactory)
    title = factory.Sequence(lambda n: f"節目{n}")
    due_on = datetime.date(2025, 3, 31)


class PlanReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanReview

    plan = factory.SubFactory(AreaPlanFactory)
    held_on = datetime.date(2024, 12, 1)
    summary = "計画の進み具合を確かめました。"


class ReviewEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewEntry

    review = factory.SubFactory(PlanReviewFactory)
    issue = factory.SubFactory(PlanIssueFactory, plan=factory.SelfAttribute("..review.plan"))
    status = IssueStatus.IN_PROGRESS
    progress = 50


class PlanContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanContact

    area_group = factory.SubFactory(AreaGroupFactory)
    role = ContactRole.ADVISOR
    display_name = "ふくまち 地域福祉アドバイザー"
    organization = factory.SubFactory(OrganizationFactory, website="https://example.org/fukumachi/")


class RaisedVoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RaisedVoice

    report = factory.SubFactory(ActivityReportFactory, event__kind=EventKind.WATAMACHI_CAFE)
    kind = VoiceKind.NEED
    text = factory.Sequence(lambda n: f"買い物に行くのが大変になってきた（{n}）")


class IssueSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IssueSource

    issue = factory.SubFactory(PlanIssueFactory)
    event = factory.SubFactory(EventFactory, kind=EventKind.WATAMACHI_CAFE)
