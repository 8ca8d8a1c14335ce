"""Events: upcoming first and an archive, the facts of an event, .ics files and the calendar of upcoming events."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils import translation

import icalendar
import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import EventPage

from .conftest import days_from_today, make_event, restrict_to_members

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(sections):
    index = sections["events"]
    return {
        "past": make_event(index, "Stuttgart 2019", datetime.date(2019, 9, 20), kind=EventPage.Kind.NETWORK_MEETING),
        "soon": make_event(index, "Webinar soon", days_from_today(10), online=True, location="", kind="webinar"),
        "later": make_event(index, "Meeting later", days_from_today(60), end_date=days_from_today(61)),
        "running": make_event(index, "Running now", days_from_today(-1), end_date=days_from_today(1)),
    }


def test_event_index_lists_upcoming_soonest_first_and_past_in_archive(client, events):
    html = client.get("/en/events/").content.decode()
    assert html.index("Running now") < html.index("Webinar soon") < html.index("Meeting later")
    assert "Stuttgart 2019" not in html
    assert 'href="?archive=1"' in html
    archive = client.get("/en/events/?archive=1").content.decode()
    assert "Stuttgart 2019" in archive
    assert "Webinar soon" not in archive


def test_event_index_filters_by_topic(client, sections, taxonomy):
    climate = taxonomy["topics"]["climate"]
    make_event(sections["events"], "Climate webinar", days_from_today(5), topics=[climate])
    make_event(sections["events"], "Other webinar", days_from_today(6))
    html = client.get("/en/events/?topic=climate").content.decode()
    assert "Climate webinar" in html and "Other webinar" not in html


def test_event_page_shows_kind_time_zone_place_and_registration(client, sections, taxonomy):
    page = make_event(
        sections["events"],
        "Open data webinar",
        days_from_today(20),
        kind="webinar",
        start_time=datetime.time(15, 0),
        end_time=datetime.time(16, 30),
        time_zone="America/Sao_Paulo",
        online=True,
        location="",
        host_country=taxonomy["countries"]["BR"],
        registration_url="https://example.org/register",
    )
    response = client.get(page.url)
    assertContains(response, "Webinar")
    assertContains(response, "UTC−03:00 (São Paulo)")  # an offset and a city, not "America/Sao_Paulo"
    assertNotContains(response, "America/Sao_Paulo")
    assertContains(response, "Online")
    assertContains(response, "Brazil")
    assertContains(response, 'href="https://example.org/register"')
    assertContains(response, 'href="/en/events/open-data-webinar/calendar.ics"')


def test_registration_link_is_hidden_after_the_deadline(client, sections):
    page = make_event(
        sections["events"],
        "Closed call",
        days_from_today(20),
        kind="call",
        registration_url="https://example.org/closed",
        registration_deadline=days_from_today(-1),
    )
    assertNotContains(client.get(page.url), "https://example.org/closed")


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"end_date": datetime.date(2020, 3, 1), "location": "Berlin"}, "end_date"),
        ({"end_date": datetime.date(2020, 3, 2), "location": "", "online": False}, "location"),
    ],
)
def test_event_rejects_end_before_start_and_missing_place(fields, error_field):
    page = EventPage(title="x", slug="x", summary="s", start_date=datetime.date(2020, 3, 2), **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert error_field in error.value.message_dict


def test_event_ics_parses_with_times_in_the_event_time_zone(client, sections):
    page = make_event(
        sections["events"],
        "Stuttgart meeting",
        datetime.date(2019, 9, 20),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(13, 0),
        time_zone="Europe/Berlin",
    )
    response = client.get("/en/events/stuttgart-meeting/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="stuttgart-meeting.ics"' in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Stuttgart meeting"
    start = event.decoded("dtstart")
    assert start == datetime.datetime(2019, 9, 20, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert event.decoded("dtend") - start == datetime.timedelta(hours=3)
    assert str(event["location"]) == "Stuttgart, Germany"
    assert str(event["url"]).endswith(page.url)


def test_all_day_event_ics_uses_dates_with_exclusive_end(client, sections):
    make_event(sections["events"], "Two days", datetime.date(2020, 3, 24), end_date=datetime.date(2020, 3, 25))
    calendar = icalendar.Calendar.from_ical(client.get("/en/events/two-days/calendar.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime.date(2020, 3, 24)
    assert event.decoded("dtend") == datetime.date(2020, 3, 26)


def test_calendar_feed_has_only_upcoming_public_events(client, events, roles):
    secret = make_event(events["soon"].get_parent(), "Zentrix private meeting", days_from_today(15))
    restrict_to_members(secret, roles)
    response = client.get("/en/events/calendar.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == ["Running now", "Webinar soon", "Meeting later"]
    assert b"Zentrix" not in response.content


def test_restricted_event_and_its_ics_are_hidden_from_visitors(client, sections, roles, member):
    secret = make_event(sections["events"], "Zentrix private meeting", days_from_today(15))
    restrict_to_members(secret, roles)
    assertNotContains(client.get("/en/events/"), "Zentrix")
    assert client.get("/en/events/zentrix-private-meeting/calendar.ics").status_code == 404
    client.force_login(member)
    assertContains(client.get("/en/events/"), "Zentrix")
    assert client.get("/en/events/zentrix-private-meeting/calendar.ics").status_code == 200


def test_calendar_of_a_page_without_one_is_not_found(client, sections):
    assert client.get("/en/news/calendar.ics").status_code == 404
    assert client.get("/en/no-such-page/calendar.ics").status_code == 404


def test_event_index_and_calendar_query_counts_do_not_grow_with_events(client, sections):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url: str) -> int:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    for n in range(3):
        make_event(sections["events"], f"Event {n}", days_from_today(n + 1))
    few = {url: count(url) for url in ("/en/events/", "/en/events/calendar.ics")}
    for n in range(3, 15):
        make_event(sections["events"], f"Event {n}", days_from_today(n + 1))
    many = {url: count(url) for url in ("/en/events/", "/en/events/calendar.ics")}
    assert many == few


def test_time_zone_is_an_offset_on_the_day_with_the_city_in_the_readers_language(sections):
    winter = EventPage(start_date=datetime.date(2030, 1, 10), start_time=datetime.time(10), time_zone="Europe/Berlin")
    summer = EventPage(start_date=datetime.date(2030, 7, 10), start_time=datetime.time(10), time_zone="Europe/Berlin")
    assert winter.time_zone_label == "UTC+01:00 (Berlin)"
    assert summer.time_zone_label == "UTC+02:00 (Berlin)"
    assert EventPage(start_date=datetime.date(2030, 1, 10), time_zone="Asia/Kolkata").time_zone_label == (
        "UTC+05:30 (Kolkata)"
    )
    with translation.override("pt"):
        assert EventPage(start_date=datetime.date(2030, 1, 10), time_zone="America/Mexico_City").time_zone_label == (
            "UTC−06:00 (Cidade do México)"
        )
