"""The events list's keyword box searches as the site search does (issue 16)."""

import pytest

from areas.models import PublicationStatus
from events.factories import EventFactory
from events.models import EventKind


@pytest.fixture
def events(db):
    bosai = EventFactory(title="防災まち歩き", kind=EventKind.TOWN_WALK)
    EventFactory(title="みんなのカフェ")
    EventFactory(title="防災の下書き", publication=PublicationStatus.DRAFT)
    return bosai


@pytest.mark.parametrize("typed", ["ぼうさい", "ボウサイ", "ﾎﾞｳｻｲ", "防災"])
def test_the_events_keyword_box_finds_bosai_however_it_is_typed(client, events, typed):
    response = client.get("/events/", {"q": typed, "date_from": "2023-04-01"})
    assert "防災まち歩き" in response.content.decode()
    assert "みんなのカフェ" not in response.content.decode()
    assert "防災の下書き" not in response.content.decode()


def test_the_events_keyword_box_finds_cafe_in_half_width_kana(client, events):
    response = client.get("/events/", {"q": "ｶﾌｪ", "date_from": "2023-04-01"})
    assert "みんなのカフェ" in response.content.decode()
    assert "防災まち歩き" not in response.content.decode()
