"""Members' private calendar feeds: a secret address per member, revocable, that lists only what its member may see."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import icalendar
import pytest

from home.models import City, Country, EventIndexPage, EventPage
from members_area.models import CalendarFeed, MeetingArchivePage, MeetingPage
from tests.members_area.conftest import publish


@pytest.fixture
def events(home_pages, roles) -> dict[str, EventPage]:
    index = publish(home_pages["en"].add_child(instance=EventIndexPage(title="Events", slug="events", live=False)))
    day = timezone.localdate() + datetime.timedelta(days=20)
    pages = {}
    for slug in ("public-webinar", "members-meeting", "board-retreat"):
        page = EventPage(
            title=slug.replace("-", " ").title(), slug=slug, summary=slug, start_date=day, end_date=day, online=True
        )
        page.live = False
        index.add_child(instance=page)
        pages[slug] = publish(page)
    members_only = PageViewRestriction.objects.create(
        page=pages["members-meeting"], restriction_type=PageViewRestriction.GROUPS
    )
    members_only.groups.add(roles["Members"])
    # A restriction to a group the member is not in: the member's feed must not list it.
    board = PageViewRestriction.objects.create(page=pages["board-retreat"], restriction_type=PageViewRestriction.GROUPS)
    board.groups.add(Group.objects.create(name="Board"))
    return pages


def summaries(response) -> set[str]:
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]) for event in calendar.walk("VEVENT")}


def test_member_creates_a_feed_that_lists_members_only_and_public_events(client, member, events):
    client.force_login(member)
    assert client.post("/en/accounts/profile/calendar/", {"action": "regenerate"}).status_code == 302
    feed = CalendarFeed.objects.get(user=member)
    profile = client.get("/en/accounts/profile/")
    assert f"/en/members-calendar/{feed.token}.ics" in profile.content.decode()

    client.logout()  # calendar clients have no session
    response = client.get(f"/en/members-calendar/{feed.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert summaries(response) == {"Public Webinar", "Members Meeting"}
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_regenerating_replaces_the_address_and_revoking_refuses_it(client, member, events):
    client.force_login(member)
    client.post("/en/accounts/profile/calendar/", {"action": "regenerate"})
    old = CalendarFeed.objects.get(user=member).token
    client.post("/en/accounts/profile/calendar/", {"action": "regenerate"})
    new = CalendarFeed.objects.get(user=member).token
    assert new != old
    assert client.get(f"/en/members-calendar/{old}.ics").status_code == 404
    assert client.get(f"/en/members-calendar/{new}.ics").status_code == 200

    client.post("/en/accounts/profile/calendar/", {"action": "revoke"})
    assert not CalendarFeed.objects.filter(user=member).exists()
    assert client.get(f"/en/members-calendar/{new}.ics").status_code == 404


def test_a_non_members_token_and_a_former_members_token_get_nothing(client, member, outsider, events, roles):
    stranger_feed = CalendarFeed.objects.create(user=outsider)
    response = client.get(f"/en/members-calendar/{stranger_feed.token}.ics")
    assert response.status_code == 404 and b"Members Meeting" not in response.content

    feed = CalendarFeed.objects.create(user=member)
    member.groups.remove(roles["Members"])
    response = client.get(f"/en/members-calendar/{feed.token}.ics")
    assert response.status_code == 404 and b"Members Meeting" not in response.content

    member.groups.add(roles["Members"])
    member.is_active = False
    member.save()
    assert client.get(f"/en/members-calendar/{feed.token}.ics").status_code == 404


def test_strangers_cannot_manage_feeds(client, outsider):
    assert client.post("/en/accounts/profile/calendar/", {"action": "regenerate"}).status_code == 302  # to login
    client.force_login(outsider)
    assert client.post("/en/accounts/profile/calendar/", {"action": "regenerate"}).status_code == 403
    assert not CalendarFeed.objects.exists()


def test_unknown_token_is_refused(client, events):
    assert client.get("/en/members-calendar/not-a-token.ics").status_code == 404


@pytest.fixture
def meetings(members_root, locales) -> dict[str, MeetingPage]:
    """Members-only meetings in the archive: one coming up in a city, one long past."""
    archive = publish(
        members_root.add_child(instance=MeetingArchivePage(title="Meetings", slug="meetings", live=False))
    )
    city = City.objects.create(
        country=Country.objects.create(locale=locales["en"], iso_code="DE", name="Germany"), name="Bonn"
    )
    pages = {}
    for slug, days in (("bonn-workshop", 40), ("old-meeting", -400)):
        day = timezone.localdate() + datetime.timedelta(days=days)
        meeting = MeetingPage(
            title=slug.replace("-", " ").title(),
            slug=slug,
            summary=f"About {slug}",
            format="workshop",
            start_date=day,
            end_date=day + datetime.timedelta(days=1),
            city=city,
            venue="UN Campus",
            live=False,
        )
        archive.add_child(instance=meeting)
        pages[slug] = publish(meeting)
    return pages


def test_the_feed_lists_members_only_meetings_of_the_archive_as_all_day_entries(client, member, events, meetings):
    feed = CalendarFeed.objects.create(user=member)
    response = client.get(f"/en/members-calendar/{feed.token}.ics")
    assert summaries(response) == {"Public Webinar", "Members Meeting", "Bonn Workshop"}
    calendar = icalendar.Calendar.from_ical(response.content)
    (workshop,) = [entry for entry in calendar.walk("VEVENT") if str(entry["summary"]) == "Bonn Workshop"]
    start = timezone.localdate() + datetime.timedelta(days=40)
    assert workshop.decoded("dtstart") == start
    assert workshop.decoded("dtend") == start + datetime.timedelta(days=2)  # exclusive: the day after the last day
    assert str(workshop["location"]) == "UN Campus, Bonn"
    assert str(workshop["url"]).endswith("/en/members/meetings/bonn-workshop/")


def test_the_meetings_stay_out_of_the_public_calendar(client, events, meetings):
    response = client.get("/en/events/calendar.ics")
    assert response.status_code == 200
    assert b"Bonn Workshop" not in response.content
