"""The members' dashboard on the members root: new since the last login, upcoming events, own contributions."""

import datetime

from django.utils import timezone

from wagtail.models import Page

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import StandardPage
from members_area import dashboard
from members_area.models import MemberProfile, MembersAreaPage
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


def test_upcoming_events_without_an_event_model_say_so(client, members_root, member, monkeypatch):
    monkeypatch.setattr(dashboard, "EVENT_MODELS", [("home", "NoSuchEventPage")])
    client.force_login(member)
    assertContains(client.get("/en/members/"), "No upcoming events are announced yet.")


def test_upcoming_events_found_by_duck_typing(members_root, home_pages, member, monkeypatch, roles):
    """Any page model with a date field works, so issue 3's EventPage is picked up by name when it lands."""
    monkeypatch.setattr(dashboard, "EVENT_MODELS", [("home", "StandardPage")])
    monkeypatch.setattr(dashboard, "EVENT_DATE_FIELDS", ["first_published_at"])
    home = home_pages["en"]
    future = home.add_child(instance=StandardPage(title="Webinar", slug="webinar", body="[]"))
    future.save_revision().publish()
    Page.objects.filter(pk=future.pk).update(first_published_at=timezone.now() + datetime.timedelta(days=7))
    hidden = members_root.add_child(instance=StandardPage(title="Closed meeting", slug="closed", body="[]"))
    hidden.save_revision().publish()
    Page.objects.filter(pk=hidden.pk).update(first_published_at=timezone.now() + datetime.timedelta(days=3))
    assert [p.title for p in dashboard.upcoming_events(members_root, member)] == ["Closed meeting", "Webinar"]
    from django.contrib.auth.models import AnonymousUser

    assert [p.title for p in dashboard.upcoming_events(members_root, AnonymousUser())] == ["Webinar"]


def test_profile_link_on_the_dashboard(client, members_root, member):
    client.force_login(member)
    assertContains(client.get("/en/members/"), 'href="/en/accounts/profile/"')
