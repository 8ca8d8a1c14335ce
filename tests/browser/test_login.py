"""The login page in a real browser: accessible, styled like the site, CSP-clean; a member logs in and out."""

from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time

from tests.browser.conftest import PASSWORD, assert_accessible
from tests.browser.server_setup import EDITOR, MEMBER


def csp_violations(page) -> list[str]:
    """Collects the browser console's Content-Security-Policy complaints while the test goes on."""
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return violations


def test_login_page_is_accessible_and_a_member_logs_in_and_out(page, site_url):
    for code in ("en", "de"):
        page.goto(f"{site_url}/{code}/accounts/login/")
        assert page.locator("html").get_attribute("lang") == code
        assert_accessible(page)

    violations = csp_violations(page)
    page.goto(site_url + "/en/about/")
    # The inline script runs: its nonce matches the Content-Security-Policy header.
    assert page.evaluate("document.documentElement.classList.contains('js')")
    page.get_by_role("link", name="Log in").click()
    page.wait_for_url("**/en/accounts/login/?next=/en/about/")
    page.get_by_label("Username or email address").fill(f"{MEMBER}@example.org")
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


def test_editor_signs_in_with_a_second_factor_and_the_admin_runs_under_its_csp(page, demo_server):
    site_url = demo_server.url
    violations = csp_violations(page)

    page.goto(site_url + "/admin/")
    page.wait_for_url("**/en/accounts/login/?next=/admin/")
    page.get_by_label("Username or email address").fill(EDITOR)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/accounts/2fa/authenticate/**")
    assert_accessible(page)
    code = hotp_value(demo_server.facts["totp_secret"], next(yield_hotp_counters_from_time()))
    page.locator("#id_code").fill(f"{code:06d}")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(site_url + "/admin/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#wagtail-sidebar").count() == 1  # the admin's JavaScript rendered its sidebar
    page.goto(site_url + "/admin/accounts/invite/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Invite a member").count() >= 1
    # The page editor, the admin's heaviest user of scripts (Draftail, StreamField, previews).
    page.goto(f"{site_url}/admin/pages/{demo_server.facts['home_id']}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-draftail-input], .Draftail-Editor, [data-streamfield-stream-container]").count() >= 1
    assert not violations, violations
