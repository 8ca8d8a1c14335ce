"""A first visit: the root sends the visitor to their language, the switcher changes it, the page stays accessible."""

from tests.browser.conftest import assert_accessible


def test_visitor_lands_in_english_and_switches_to_german(page, site_url):
    page.goto(site_url + "/")
    assert page.url == site_url + "/en/"
    assert page.locator("h1").inner_text() == "Shaping the digital transformation of cities together"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    page.wait_for_url(site_url + "/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Die digitale Transformation der Städte gemeinsam gestalten"


def test_skip_link_is_first_and_moves_focus_to_main(page, site_url):
    page.goto(site_url + "/en/about/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_home_page_has_no_serious_accessibility_violation(page, site_url):
    for code in ("en", "de"):
        page.goto(f"{site_url}/{code}/")
        assert_accessible(page)


def test_standard_page_has_no_serious_accessibility_violation(page, site_url):
    page.goto(site_url + "/es/about/participation/")
    assert_accessible(page)
