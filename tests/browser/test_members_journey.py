"""A member's journey: log in through the site's login form, see the dashboard, edit the profile, log out."""

import re

from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.models import Locale

import pytest

from home.models import Country
from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

PASSWORD = "correct horse battery"


@pytest.fixture
def member_login(site_url) -> dict:
    user = UserFactory(username="journey-member", first_name="Joana", last_name="Silva")
    user.groups.add(Group.objects.get(name="Members"))
    country, _created = Country.objects.get_or_create(
        iso_code="BR", locale=Locale.get_default(), defaults={"name": "Brazil"}
    )
    return {"username": user.username, "country": country.name}


def log_in(page, username: str) -> None:
    """Fill the login form settings.LOGIN_URL leads to (allauth's: username or email, password)."""
    page.locator("input[name=login], input[name=username]").first.fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form [type=submit]").first.click()  # the header holds the site search form too


def test_member_logs_in_edits_profile_logs_out_and_is_shut_out(page, site_url, member_login):
    page.goto(site_url + "/en/members/")
    assert "login" in page.url, "an anonymous visitor must be sent to the login page"
    assert page.locator("h1", has_text="Members area").count() == 0

    log_in(page, member_login["username"])
    page.wait_for_url(re.compile(r"/en/members/$"))
    assert page.locator("h1").inner_text() == "Members area"
    assert page.get_by_role("heading", name="New in the members area").is_visible()
    assert page.get_by_role("heading", name="Upcoming network events").is_visible()
    assert page.get_by_role("heading", name="Your contributions").is_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Your profile").click()
    page.wait_for_url(re.compile(r"/en/accounts/profile/$"))
    assert page.locator("h1").inner_text() == "Your profile"
    assert_accessible(page)

    page.get_by_role("link", name="Edit your profile").click()
    page.get_by_label("Country").select_option(label=member_login["country"])
    page.get_by_label("Institution").fill("City of Fortaleza")
    page.get_by_label("Languages spoken").fill("Portuguese, English")
    page.get_by_label("Contact details visible to other members").check()
    assert_accessible(page)
    page.get_by_role("button", name="Save your profile").click()
    page.wait_for_url(re.compile(r"/en/accounts/profile/$"))
    assert page.get_by_role("status").inner_text().strip() == "Your profile has been saved."
    assert page.get_by_text("City of Fortaleza").is_visible()
    assert page.get_by_text("Visible to other members").is_visible()

    page.get_by_role("banner").get_by_role("button", name="Log out").click()
    page.wait_for_load_state()

    page.goto(site_url + "/en/members/")
    assert "login" in page.url
    assert page.locator("h1", has_text="Members area").count() == 0
    page.goto(site_url + "/en/accounts/profile/")
    assert "login" in page.url
    assert page.get_by_text("City of Fortaleza").count() == 0


def test_translated_dashboard_is_accessible(page, site_url, member_login):
    with translation.override("de"):
        page.goto(site_url + "/de/members/")
        log_in(page, member_login["username"])
        page.wait_for_url(re.compile(r"/de/members/$"))
    assert page.locator("h1").inner_text() == "Mitgliederbereich"
    assert page.locator("html").get_attribute("lang") == "de"
    assert_accessible(page)
