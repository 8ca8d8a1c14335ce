"""The members' dashboard on the members root: new since the last login, upcoming events, own contributions."""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from wagtail.models import Page

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import EventIndexPage, StandardPage
from members_area import dashboard
from members_area.models import MemberProfile, MembersAreaPage
from tests.home.conftest import add, days_from_today, make_event, restrict_to_members
from tests.members_area.conftest import MARKER

pytestmark = pytest.mark.django_db


def test_tree_rules():
    assert MembersAreaPage.parent_page_types == ["home.HomePage"]
    assert MembersAreaPage.max_count_per_parent == 1


def test_dashboard_shows_new_pages_since_the_previous_login(client, private_page, member):
    client.force_login(member)
    profile = MemberProfile.objects.get(user=member)
    # Published before the previous login: not new any more.
    old = private_page.get_parent().add_child(instance=StandardPage(title="Old minutes", slug="old", body="[]"))
    old.save_revision().publish()
    Page.objects.filter(pk=old.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=3))
    profile.previous_login = timezone.now() - datetime.timedelta(days=1)
    profile.save()
    response = client.get("/en/members/")
    assertContains(response, "New in the members area")
    assertContains(response, f"Meeting notes {MARKER}")
    assertNotContains(response, "Old minutes")


def test_whats_new_leaves_out_other_locales_and_drafts(private_page, member, members_root):
    draft = members_root.add_child(instance=StandardPage(title="Draft", slug="draft", body="[]", live=False))
    titles = [page.title for page in dashboard.whats_new(members_root, member)]
    assert titles == [f"Meeting notes {MARKER}"]
    assert draft.title not in titles


def test_dashboard_lists_own_contributions(client, members_root, member, outsider):
    mine = members_root.add_child(instance=StandardPage(title="My good practice", slug="mine", body="[]", owner=member))
    mine.save_revision().publish()
    members_root.add_child(instance=StandardPage(title="Someone else's", slug="theirs", body="[]", owner=outsider))
    client.force_login(member)
    response = client.get("/en/members/")
    assertContains(response, "Your contributions")
    assertContains(response, 'href="/en/members/mine/"')
    html = response.content.decode()
    contributions = html.split('id="contributions-heading"')[1]
    assert "Someone else" not in contributions


@pytest.fixture
def dashboard_events(home_pages, members_root, roles):
    """An events page in English: events past, running, later, members-only, and one in German."""
    index = add(home_pages["en"], EventIndexPage(title="Events", slug="events"))
    german_index = add(home_pages["de"], EventIndexPage(title="Veranstaltungen", slug="veranstaltungen"))
    make_event(index, "Stuttgart 2019", datetime.date(2019, 9, 20))
    make_event(index, "Running meeting", days_from_today(-1), end_date=days_from_today(1))
    make_event(index, "Open webinar", days_from_today(10))
    closed = make_event(index, "Closed workshop", days_from_today(5))
    restrict_to_members(closed, roles)
    make_event(german_index, "Deutsches Treffen", days_from_today(3))


def test_upcoming_events_of_the_language_that_the_member_may_see(members_root, member, dashboard_events):
    titles = [event.title for event in dashboard.upcoming_events(members_root, member)]
    assert titles == ["Running meeting", "Closed workshop", "Open webinar"]


def test_upcoming_members_only_events_are_left_out_for_others(members_root, outsider, dashboard_events):
    titles = [event.title for event in dashboard.upcoming_events(members_root, outsider)]
    assert titles == ["Running meeting", "Open webinar"]
    assert [event.title for event in dashboard.upcoming_events(members_root, AnonymousUser())] == titles


def test_dashboard_shows_upcoming_events(client, members_root, member, dashboard_events):
    client.force_login(member)
    response = client.get("/en/members/")
    events = response.content.decode().split('id="events-heading"')[1].split("</section>")[0]
    assert 'href="/en/events/closed-workshop/"' in events
    assert "Stuttgart 2019" not in events
    assert "Deutsches Treffen" not in events


def test_dashboard_without_upcoming_events_says_so(client, members_root, member):
    client.force_login(member)
    assertContains(client.get("/en/members/"), "No upcoming events are announced yet.")


def test_profile_link_on_the_dashboard(client, members_root, member):
    client.force_login(member)
    assertContains(client.get("/en/members/"), 'href="/en/accounts/profile/"')
