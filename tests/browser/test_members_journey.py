"""A member's journey: log in through the site's login form, see the dashboard, edit the profile, log out."""

import re

from tests.browser.conftest import assert_accessible, log_in
from tests.browser.server_setup import JOURNEY_MEMBER


def test_member_logs_in_edits_profile_logs_out_and_is_shut_out(page, demo_server):
    site_url = demo_server.url
    page.goto(site_url + "/en/members/")
    assert "login" in page.url, "an anonymous visitor must be sent to the login page"
    assert page.locator("h1", has_text="Members area").count() == 0

    log_in(page, JOURNEY_MEMBER)
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
    page.get_by_label("Country").select_option(label=demo_server.facts["country"])
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

    # Back in German: the translated dashboard is accessible too.
    page.goto(site_url + "/de/members/")
    log_in(page, JOURNEY_MEMBER)
    page.wait_for_url(re.compile(r"/de/members/$"))
    assert page.locator("h1").inner_text() == "Mitgliederbereich"
    assert page.locator("html").get_attribute("lang") == "de"
    assert_accessible(page)
