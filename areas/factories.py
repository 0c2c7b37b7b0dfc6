import datetime

import factory

from areas.models import (
    Approach,
    AreaGroup,
    AreaPlan,
    AreaStatus,
    Charter,
    CommonTheme,
    ContactRole,
    Goal,
    IssueStatus,
    Membership,
    Milestone,
    Municipality,
    PlanContact,
    PlanIssue,
    PlanReview,
    PlanStatus,
    PublicationStatus,
    ReviewEntry,
    YearlyTheme,
)
from coops.factories import OrganizationFactory


class MunicipalityFactory(factory.django.DjangoModelFactory):
    """A municipality outside Tokyo's shipped codes, so it never collides with them."""

    class Meta:
        model = Municipality
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"{99000 + n:05d}")
    name = factory.Sequence(lambda n: f"テスト{n}市")
    kana = "テストシ"
    kind = "市"


class AreaGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AreaGroup

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.LazyAttribute(lambda o: f"{o.municipality.name}まちづくり")
    slug = factory.Sequence(lambda n: f"area-{n}")
    status = AreaStatus.ACTIVE


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    area_group = factory.SubFactory(AreaGroupFactory)
    organization = factory.SubFactory(OrganizationFactory)
    fiscal_year = 2023


class CharterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Charter
        django_get_or_create = ["fiscal_year"]

    fiscal_year = 2023
    philosophy = "ひとりぼっちにしないまちづくり"
    purpose = "誰もが安心してくらし続けられるまちをつくる"


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    charter = factory.SubFactory(CharterFactory)
    number = factory.Sequence(lambda n: n + 1)
    text = factory.Sequence(lambda n: f"目標{n}")


class CommonThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommonTheme
        django_get_or_create = ["fiscal_year", "name"]

    fiscal_year = 2023
    name = "生活困窮者支援"


class YearlyThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YearlyTheme

    area_group = factory.SubFactory(AreaGroupFactory)
    fiscal_year = 2023
    headline = factory.Sequence(lambda n: f"テーマ{n}")
    text = "地域を知り、つながりを広げます。"
    publication = PublicationStatus.PUBLISHED


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
