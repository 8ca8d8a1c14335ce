"""A first visit: the root sends the visitor to their language, the switcher changes it, the page stays accessible."""

from tests.browser.conftest import assert_accessible


def test_first_visit_lands_in_english_switches_to_german_and_works_by_keyboard(page, site_url):
    page.goto(site_url + "/")
    assert page.url == site_url + "/en/"
    assert page.locator("h1").inner_text() == "Shaping the digital transformation of cities together"
    assert_accessible(page)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    page.wait_for_url(site_url + "/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Die digitale Transformation der Städte gemeinsam gestalten"
    assert_accessible(page)

    # The skip link is the first stop of the keyboard and moves the focus to the main content.
    page.goto(site_url + "/en/about/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.goto(site_url + "/es/about/participation/")
    assert_accessible(page)
