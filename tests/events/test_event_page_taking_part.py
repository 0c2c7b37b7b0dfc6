"""The event page tells how to take part: 定員 and 残り (or 満員・補欠で受付), 参加費, 対象,
持ち物, 申し込み方法 and 締切; search engines get offers and places; the .ics says the same.
No resident's data reaches these pages."""

import datetime

import pytest
from django.utils import timezone

from areas.models import AreaGroup, PublicationStatus
from events.factories import EventFactory
from events.models import SignupMethod
from signups.models import Signup
from tests.pages import json_ld

pytestmark = pytest.mark.django_db


def in_days(days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(13), timezone.get_current_timezone())


def event_with(**fields):
    starts = in_days(10)
    return EventFactory(
        title="みんなの食堂",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        **fields,
    )


def take(event, party_size, name="参加者の山田さん"):
    row = Signup(
        event=event,
        occurrence_date=timezone.localtime(event.starts_at).date(),
        name=name,
        email="yamada@example.org",
        party_size=party_size,
    )
    row.set_token()
    row.save()


@pytest.fixture
def site_event(db):
    return event_with(
        capacity=10,
        fee="300円",
        audience="どなたでも",
        belongings="マイ箸",
        signup_method=SignupMethod.SITE,
    )


def test_the_page_shows_places_left_fee_audience_belongings_and_a_sign_up_button(
    client, site_event
):
    take(site_event, 3)
    html = client.get(site_event.get_absolute_url()).content.decode()
    for text in ("定員", "10人", "残り7人", "300円", "どなたでも", "マイ箸", "に申し込む"):
        assert text in html
    assert f"/events/{site_event.pk}/register/?date=" in html
    assert "参加者の山田さん" not in html and "yamada@example.org" not in html


def test_a_full_date_says_it_takes_the_waitlist(client, site_event):
    take(site_event, 10)
    html = client.get(site_event.get_absolute_url()).content.decode()
    assert "満員・補欠で受付" in html
    data = json_ld(client.get(site_event.get_absolute_url()))[0]
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["remainingAttendeeCapacity"] == 0


def test_search_engines_get_the_price_and_the_places(client, site_event):
    data = json_ld(client.get(site_event.get_absolute_url()))[0]
    assert data["offers"]["price"] == 300 and data["offers"]["priceCurrency"] == "JPY"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert (data["maximumAttendeeCapacity"], data["remainingAttendeeCapacity"]) == (10, 10)


def test_a_fee_in_words_is_a_description_not_a_price(client):
    event = event_with(fee="100円（お茶代）と材料費")
    offer = json_ld(client.get(event.get_absolute_url()))[0]["offers"]
    assert "price" not in offer and offer["description"] == "100円（お茶代）と材料費"


def test_a_phone_sign_up_shows_the_groups_public_contact(client, tokyo_areas):
    group = AreaGroup.objects.get(slug="arakawa")
    group.contact_name, group.contact_phone = "コープ荒川センター", "03-1234-5678"
    group.contact_hours = "平日10時〜17時"
    group.save()
    event = event_with(signup_method=SignupMethod.PHONE, area_groups=[group])
    html = client.get(event.get_absolute_url()).content.decode()
    assert "コープ荒川センター" in html and 'href="tel:03-1234-5678"' in html
    assert "平日10時〜17時" in html


def test_an_external_sign_up_links_to_its_page(client):
    event = event_with(signup_method=SignupMethod.EXTERNAL, signup_url="https://forms.example/x")
    html = client.get(event.get_absolute_url()).content.decode()
    assert 'href="https://forms.example/x"' in html


def test_the_ics_tells_fee_capacity_and_how_to_sign_up(client, site_event):
    take(site_event, 2)
    text = client.get(f"/events/{site_event.pk}.ics").content.decode()
    unfolded = text.replace("\r\n ", "")
    assert "参加費: 300円" in unfolded and "定員: 10人" in unfolded
    assert f"/events/{site_event.pk}/register/" in unfolded
    assert "山田" not in unfolded and "yamada" not in unfolded


def test_the_places_left_cost_one_query(client, site_event):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as plain:
        client.get(event_with().get_absolute_url())
    with CaptureQueriesContext(connection) as counted:
        client.get(site_event.get_absolute_url())
    signup_queries = [q for q in counted.captured_queries if "signups_signup" in q["sql"]]
    assert len(signup_queries) == 1
    assert len(counted.captured_queries) <= len(plain.captured_queries) + 1


def test_every_event_page_gives_its_groups_public_contact(client, tokyo_areas):
    arakawa = AreaGroup.objects.get(slug="arakawa")
    arakawa.contact_name, arakawa.contact_phone = "コープみらい 荒川センター", "03-1111-2222"
    arakawa.save()
    walk = EventFactory(
        title="防災まち歩き", area_groups=[arakawa], publication=PublicationStatus.PUBLISHED
    )
    html = client.get(walk.get_absolute_url()).content.decode()
    assert "荒川区まちづくりへの問い合わせ" in html
    assert 'href="tel:0311112222"' in html and "コープみらい 荒川センター" in html


def test_the_deadline_and_the_date_buttons_follow_the_pages_language(client):
    event = event_with(signup_method=SignupMethod.SITE, signup_deadline=in_days(8))
    deadline = timezone.localtime(event.signup_deadline)
    starts = timezone.localtime(event.starts_at)
    japanese = client.get(event.get_absolute_url()).content.decode()
    assert f"{deadline.year}年{deadline.month}月{deadline.day}日" in japanese
    assert f"{starts.month}月{starts.day}日" in japanese
    english = client.get(f"/en{event.get_absolute_url()}").content.decode()
    assert f"{deadline:%B} {deadline.day}, {deadline.year}" in english
    assert f"Sign up for {starts:%B} {starts.day}" in english
    assert "年" not in english.split('id="taking-part"')[1].split("</section>")[0]
