"""The login page in a real browser: accessible, styled like the site, CSP-clean; a member logs in and out."""

from wagtail.models import Site

from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

PASSWORD = "correct horse battery"


def test_login_page_has_no_serious_accessibility_violation(page, site_url):
    for code in ("en", "de"):
        page.goto(f"{site_url}/{code}/accounts/login/")
        assert page.locator("html").get_attribute("lang") == code
        assert_accessible(page)


def test_member_logs_in_and_out(page, site_url, roles):
    from members_area.accounts.roles import ROLE_MEMBERS

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


def test_editor_signs_in_with_a_second_factor_and_the_admin_runs_under_its_csp(page, site_url, roles):
    from members_area.accounts.roles import ROLE_SECRETARIAT
    from tests.conftest import with_totp
    from tests.members_area.test_accounts import current_code

    editor = UserFactory(username="browser-editor", is_staff=True)
    editor.groups.add(roles[ROLE_SECRETARIAT])
    with_totp(editor)
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )

    page.goto(site_url + "/admin/")
    page.wait_for_url("**/en/accounts/login/?next=/admin/")
    page.get_by_label("Username or email address").fill("browser-editor")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/accounts/2fa/authenticate/**")
    assert_accessible(page)
    page.locator("#id_code").fill(current_code(editor))
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(site_url + "/admin/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#wagtail-sidebar").count() == 1  # the admin's JavaScript rendered its sidebar
    page.goto(site_url + "/admin/accounts/invite/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Invite a member").count() >= 1
    # The page editor, the admin's heaviest user of scripts (Draftail, StreamField, previews).
    home_id = Site.objects.get(is_default_site=True).root_page_id
    page.goto(f"{site_url}/admin/pages/{home_id}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-draftail-input], .Draftail-Editor, [data-streamfield-stream-container]").count() >= 1
    assert not violations, violations
