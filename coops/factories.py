import factory

from coops.models import Organization, OrganizationKind


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"テスト生協{n}")
    slug = factory.Sequence(lambda n: f"test-coop-{n}")
    kind = OrganizationKind.REGIONAL_COOP
    is_member_coop = True
