"""A visitor explores the outreach site: topics, news, events (.ics download), partners, search and the contact form."""

import icalendar

from tests.browser.conftest import assert_accessible


def test_visitor_reads_a_topic_and_opens_a_news_item(page, site_url):
    page.goto(site_url + "/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Key topics").click()
    page.wait_for_url(site_url + "/en/topics/")
    assert_accessible(page)
    page.get_by_role("link", name="Digital Inclusion").click()
    page.wait_for_url(site_url + "/en/topics/digital-inclusion/")
    assert page.locator("h1").inner_text() == "Digital Inclusion"
    assert page.get_by_text("What are suitable legal frameworks and strategies?").is_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="News").click()
    page.wait_for_url(site_url + "/en/news/")
    assert_accessible(page)
    page.get_by_role("navigation", name="Filter by country").get_by_role("link", name="India").click()
    page.wait_for_url(site_url + "/en/news/?country=IN")
    page.get_by_role("link", name="Next network meeting to take place in India").click()
    page.wait_for_url(site_url + "/en/news/next-meeting-india/")
    assert page.locator("h1").inner_text() == "Next network meeting to take place in India"
    assert_accessible(page)


def test_visitor_downloads_an_events_ics(page, site_url):
    page.goto(site_url + "/en/events/")
    assert_accessible(page)
    page.get_by_role("link", name="Archive of past events").click()
    page.wait_for_url(site_url + "/en/events/?archive=1")
    page.get_by_role("link", name="ISCN network meeting Stuttgart 2019").click()
    page.wait_for_url(site_url + "/en/events/stuttgart-2019/")
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "stuttgart-2019.ics"
    with open(download.path(), "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "ISCN network meeting Stuttgart 2019"
    assert event.decoded("dtstart").isoformat() == "2019-09-20T10:00:00+02:00"


def test_visitor_sends_the_contact_form_with_the_keyboard(page, demo_server):
    site_url = demo_server.url
    mail_before = demo_server.sent_mail()
    page.goto(site_url + "/de/contact/")
    assert_accessible(page)
    # Submitting empty shows translated errors without losing what was typed.
    page.get_by_label("Name").fill("Ana Souza")
    page.get_by_role("button", name="Nachricht senden").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_label("Name").input_value() == "Ana Souza"
    assert_accessible(page)

    page.get_by_label("E-Mail-Adresse").fill("ana@fortaleza.example.org")
    page.get_by_label("Betreff").fill("Peer coaching")
    page.get_by_label("Nachricht").fill("Wir möchten an der nächsten Runde teilnehmen.")
    page.get_by_label("Nachricht").press("Tab")
    page.keyboard.press("Enter")  # the focus is on the send button: the trap field is out of the tab order
    page.wait_for_url(site_url + "/de/contact/thanks/")
    assert page.locator("h1").inner_text() == "Vielen Dank für Ihre Nachricht"
    assert_accessible(page)
    # The only contact message of the journeys, stored in the visitor's language, and one mail about it.
    assert demo_server.query("SELECT language, subject FROM home_contactmessage") == [("de", "Peer coaching")]
    assert len(demo_server.sent_mail()) == len(mail_before) + 1


def test_partners_and_search_are_accessible_and_filters_work_without_javascript(browser, page, site_url):
    page.goto(site_url + "/es/partners/")
    # Ten partner cities and Stuttgart, host of the 2019 network meeting.
    assert page.locator("svg.partner-map__svg circle").count() == 11
    assert_accessible(page)
    page.get_by_role("link", name="Brasil").first.click()
    page.wait_for_url(site_url + "/es/partners/brazil/")
    assert page.get_by_text("Hortolândia").first.is_visible()
    assert_accessible(page)
    page.goto(site_url + "/pt/search/?q=dados")
    assert page.locator(".search-results__item").count() > 0
    assert page.locator("mark").count() > 0
    assert_accessible(page)

    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        no_js = context.new_page()
        no_js.goto(site_url + "/en/news/")
        no_js.get_by_role("navigation", name="Filter by topic").get_by_role("link", name="Climate change").click()
        no_js.wait_for_url(site_url + "/en/news/?topic=climate")
        assert no_js.get_by_role("link", name="Climate adaptation becomes a further topic").is_visible()
        no_js.get_by_role("search").first.get_by_role("searchbox").fill("Fortaleza")
        no_js.get_by_role("search").first.get_by_role("button").click()
        no_js.wait_for_url("**/en/search/?q=Fortaleza")
        assert no_js.locator(".search-results__item").count() > 0
    finally:
        context.close()
