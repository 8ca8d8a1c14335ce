"""The network's formats in the browser: a visitor registers for a webinar; a member answers the survey (twice), asks
for peer coaching and posts in a working room."""

import re

from tests.browser.conftest import assert_accessible, log_in
from tests.browser.server_setup import FORMATS_MEMBER

WEBINAR = "/en/events/webinar-open-urban-data/"
VISITOR_EMAIL = "ines.formats-journey@example.net"


def test_visitor_registers_for_a_public_webinar_and_gets_the_confirmation_with_ics(page, demo_server):
    page.goto(demo_server.url + WEBINAR)
    assert page.locator("h1").inner_text() == "Webinar: open urban data platforms"
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Register").click()
    page.wait_for_url(re.compile(r"/en/event-registration/\d+/$"))
    assert page.locator("h1").inner_text() == "Register for Webinar: open urban data platforms"
    assert_accessible(page)

    page.get_by_role("button", name="Register").click()  # nothing filled in: refused, with the fields marked
    assert page.get_by_role("alert").get_by_text("Please correct the marked fields.").is_visible()
    assert page.get_by_text("We need your consent to keep your registration.").is_visible()
    assert_accessible(page)

    page.get_by_role("textbox", name="Name", exact=True).fill("Inês Formats")
    page.get_by_role("textbox", name="Email address").fill(VISITOR_EMAIL)
    page.get_by_label("Organisation").fill("City of Recife")
    page.get_by_label("The Secretariat may keep my name").check()
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(re.compile(r"/en/event-registration/\d+/thanks/$"))
    assert page.get_by_role("status").get_by_role("heading", name="Registration received").is_visible()
    assert_accessible(page)

    (mail,) = [m for m in demo_server.sent_mail() if f"To: {VISITOR_EMAIL}" in m]
    assert "Webinar: open urban data platforms" in mail
    assert "Content-Type: text/calendar" in mail
    assert 'filename="webinar-open-urban-data.ics"' in mail
    assert "/en/event-registration/cancel/" in mail


def test_member_answers_the_survey_asks_for_peer_coaching_and_posts_in_a_working_room(page, demo_server):
    site_url = demo_server.url
    page.goto(site_url + "/en/members/survey-data-platforms-2025/")
    log_in(page, FORMATS_MEMBER)
    page.wait_for_url(re.compile(r"/en/members/survey-data-platforms-2025/$"))
    assert_accessible(page)
    # Each question's options form a group named by the question (a fieldset and its legend).
    page.get_by_role("group", name="Does your city run an urban data platform?").get_by_label("In preparation").check()
    page.get_by_role("group", name="What is the biggest obstacle?").get_by_label("Financing").check()
    page.get_by_label("Which experience would you share").fill("Our open budget portal.")
    page.get_by_role("button", name="Send my answer").click()
    assert page.get_by_role("status").inner_text().strip() == "Thank you, your answer has been saved."
    assert_accessible(page)

    page.get_by_role("link", name="Review or change my answer").click()
    assert page.get_by_label("In preparation").is_checked(), "the earlier answer is filled in"
    page.get_by_label("In operation").check()
    page.get_by_role("button", name="Replace my answer").click()
    assert page.get_by_role("status").inner_text().strip() == (
        "Your answer has been updated: it replaces the one you sent before."
    )

    page.goto(site_url + "/en/members/peer-coaching/")
    assert_accessible(page)
    page.get_by_label("Topic").select_option(label="Digital Inclusion")
    page.get_by_label("Your project").fill("Digital help desks in libraries")
    page.get_by_label("What would you like advice on?").fill("How did other cities train the library staff?")
    page.get_by_role("group", name="Format").get_by_label("Online", exact=True).check()
    page.get_by_label("Languages you can talk in").fill("Portuguese, English")
    page.get_by_role("button", name="Send my request").click()
    assert page.get_by_role("status").get_by_text("Your request has been sent to the secretariat.").is_visible()

    page.goto(site_url + "/en/members/")
    requests = page.get_by_role("region", name="Your peer coaching requests")
    request = requests.get_by_role("listitem").filter(has_text="Digital help desks in libraries")
    assert request.get_by_text("Received", exact=True).is_visible()
    assert_accessible(page)

    page.goto(site_url + "/en/members/working-room-digital-inclusion/")
    assert_accessible(page)
    page.get_by_label("Your post").fill("Our <b>checklist</b> for help desks: https://example.org/help-desk-checklist")
    page.get_by_role("button", name="Post", exact=True).click()
    assert page.get_by_role("status").get_by_text("Your post has been published.").is_visible()
    post = page.locator(".room-post").filter(has_text="for help desks")
    assert post.locator(".room-post__body").inner_text() == (
        "Our <b>checklist</b> for help desks: https://example.org/help-desk-checklist"
    ), "the markup is shown as typed"
    assert post.locator("b").count() == 0
    link = post.get_by_role("link", name="https://example.org/help-desk-checklist")
    assert link.get_attribute("href") == "https://example.org/help-desk-checklist"
    assert_accessible(page)
