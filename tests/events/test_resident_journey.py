"""The whole errand of a resident: find my municipality, read this year's work, find the next
event and put it in my calendar — in Japanese and in English."""

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_resident_finds_their_area_and_puts_the_next_event_in_their_calendar(
    client, demo, prefix
):
    areas = client.get(f"{prefix}/").content.decode()
    assert f'href="{prefix}/areas/"' in areas

    area_list = client.get(f"{prefix}/areas/").content.decode()
    assert f'<a href="{prefix}/areas/arakawa/" class="tile tile-active">' in area_list

    area = client.get(f"{prefix}/areas/arakawa/")
    assert "知る・学ぶ・そして楽しむこと" in area.content.decode()
    (section,) = [s for s in area.context["sections"] if "occurrences" in s.context]
    next_date = section.context["occurrences"][0]
    next_event = next_date.event
    event_url = next_event.get_absolute_url()
    assert event_url.startswith(f"{prefix}/events/")

    event_page = client.get(event_url).content.decode()
    # 「この日をカレンダーに追加」: that date alone.
    ics_url = f"{prefix}/events/{next_event.pk}/{next_date.date.isoformat()}.ics"
    assert f'href="{ics_url}"' in event_page
    assert "calendar.google.com" in event_page

    calendar = Calendar.from_ical(client.get(ics_url).content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]).endswith(next_event.title)


@pytest.mark.parametrize("url", ["/en/", "/en/events/", "/en/areas/arakawa/", "/en/charter/"])
def test_english_pages_run_a_fixed_number_of_queries_too(
    client, bulk, url, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        assert client.get(url).status_code == 200
