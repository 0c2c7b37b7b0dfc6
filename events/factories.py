import datetime

import factory
from django.utils import timezone

from areas.models import PublicationStatus
from events.models import ActivityReport, Event, EventKind, Venue


def local_datetime(*args) -> datetime.datetime:
    """An aware datetime in the site's time zone (Asia/Tokyo)."""
    return datetime.datetime(*args, tzinfo=timezone.get_current_timezone())


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"テスト会場{n}")
    address = "東京都荒川区"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"テストの活動{n}")
    kind = EventKind.CAFE
    starts_at = factory.LazyFunction(lambda: local_datetime(2023, 6, 17, 13, 30))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)
    publication = PublicationStatus.PUBLISHED

    @factory.post_generation
    def area_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.area_groups.set(extracted)


class ActivityReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityReport

    event = factory.SubFactory(EventFactory)
    held_on = factory.LazyAttribute(lambda o: timezone.localtime(o.event.starts_at).date())
    participants = 10
    summary = "和やかに話し合いました。"
    # Published, like the event: a test of a draft report says so.
    publication = PublicationStatus.PUBLISHED
