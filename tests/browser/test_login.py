"""The login page in a real browser: accessible, styled like the site, CSP-clean; a member logs in and out."""

from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

PASSWORD = "correct horse battery"


def test_login_page_has_no_serious_accessibility_violation(page, site_url):
    for code in ("en", "de"):
        page.goto(f"{site_url}/{code}/accounts/login/")
        assert page.locator("html").get_attribute("lang") == code
        assert_accessible(page)


def test_member_logs_in_and_out(page, site_url, roles):
    from members_area.roles import ROLE_MEMBERS

    member = UserFactory(username="browser-member", first_name="Bea")
    member.groups.add(roles[ROLE_MEMBERS])
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )

    page.goto(site_url + "/en/about/")
    # The inline script runs: its nonce matches the Content-Security-Policy header.
    assert page.evaluate("document.documentElement.classList.contains('js')")
    page.get_by_role("link", name="Log in").click()
    page.wait_for_url("**/en/accounts/login/?next=/en/about/")
    page.get_by_label("Username or email address").fill("browser-member@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(site_url + "/en/about/")
    logout = page.get_by_role("button", name="Log out")
    assert logout.is_visible()

    logout.click()
    page.wait_for_url(site_url + "/en/")
    assert page.get_by_role("link", name="Log in").is_visible()
    assert page.get_by_role("button", name="Log out").count() == 0
    assert not violations, violations
