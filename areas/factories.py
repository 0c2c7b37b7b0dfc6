import factory

from areas.models import (
    AreaGroup,
    AreaStatus,
    Charter,
    CommonTheme,
    Goal,
    Membership,
    Municipality,
    Network,
    PublicationStatus,
    YearlyTheme,
)
from coops.factories import OrganizationFactory


class MunicipalityFactory(factory.django.DjangoModelFactory):
    """A municipality outside Tokyo's shipped codes, so it never collides with them."""

    class Meta:
        model = Municipality
        django_get_or_create = ["code"]

    # 99000–99999, wrapping: the counter runs over the whole test session (and over the data
    # generator's builds), while a code has five characters; no test makes a thousand.
    code = factory.Sequence(lambda n: f"{99000 + n % 1000:05d}")
    name = factory.Sequence(lambda n: f"テスト{n}市")
    kana = "テストシ"
    kind = "市"


class NetworkFactory(factory.django.DjangoModelFactory):
    """The portal's default network unless told otherwise (what the booklet counts)."""

    class Meta:
        model = Network
        django_get_or_create = ["slug"]

    slug = "tokyo"
    name = factory.LazyAttribute(
        lambda o: "東京の生協のまちづくり" if o.slug == "tokyo" else o.slug
    )


class AreaGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AreaGroup

    network = factory.SubFactory(NetworkFactory)
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
