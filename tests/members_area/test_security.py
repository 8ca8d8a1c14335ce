"""Login throttling, headers, caching and session lifetime."""

import os
import re
import subprocess
import sys
import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.utils import timezone

import pytest
from axes.models import AccessAttempt
from pytest_django.asserts import assertContains

from members_area.accounts.sessions import LAST_SEEN_KEY, LOGIN_AT_KEY
from tests.conftest import with_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
LOGIN_URL = "/en/accounts/login/"


def fail_logins(client, login: str, times: int, url: str = LOGIN_URL) -> None:
    for _ in range(times):
        client.post(url, {"login": login, "password": "wrong password"})


# --- Lockout ------------------------------------------------------------------------------------------------------


def test_site_login_locks_the_account_after_repeated_failures(client, member, home):
    fail_logins(client, "member-fixture", settings.AXES_FAILURE_LIMIT - 1)
    assert client.post(LOGIN_URL, {"login": "member-fixture", "password": "wrong"}).status_code == 429

    response = client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    assertContains(response, "Too many failed logins", status_code=429)
    assertContains(response, "try again in 30 minutes", status_code=429)
    assertContains(response, '<html lang="en"', status_code=429)  # the site's frame, not a bare error
    assert SESSION_KEY not in client.session


def test_lock_counts_username_and_email_as_one_account(client, member, home):
    fail_logins(client, "member-fixture", 3)
    fail_logins(client, "Member-Fixture@example.org", 2)
    response = client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    assert response.status_code == 429


def test_lock_holds_for_the_account_from_that_address_only(client, member, home):
    fail_logins(client, "member-fixture", settings.AXES_FAILURE_LIMIT)
    assert client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD}).status_code == 429
    # A stranger elsewhere cannot lock the member out.
    other = type(client)()
    response = other.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD}, REMOTE_ADDR="10.9.8.7")
    assert response.status_code == 302
    assert SESSION_KEY in other.session


def test_failures_on_other_accounts_do_not_lock_an_office_address(client, member, home):
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN_URL, {"login": f"guess{n}", "password": "wrong"}, REMOTE_ADDR="10.1.1.1")
    response = client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD}, REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 302


def test_lockout_message_is_translated(client, member, home):
    fail_logins(client, "member-fixture", settings.AXES_FAILURE_LIMIT, url="/de/accounts/login/")
    response = client.post("/de/accounts/login/", {"login": "member-fixture", "password": PASSWORD})
    assertContains(response, '<html lang="de"', status_code=429)
    assertContains(response, "Zu viele fehlgeschlagene Anmeldungen", status_code=429)


def test_admin_login_is_throttled_too(client, editor, home):
    # The admin's login URL leads to the same form, which carries the lock.
    response = client.get("/admin/login/?next=/admin/")
    form_url = response["Location"]
    fail_logins(client, "editor-fixture", settings.AXES_FAILURE_LIMIT, url=form_url)
    response = client.post(form_url, {"login": "editor-fixture", "password": PASSWORD})
    assertContains(response, "Too many failed logins", status_code=429)
    assert SESSION_KEY not in client.session
    # Posting credentials to the admin's own login URL never authenticates anybody.
    client.post("/admin/login/", {"username": "editor-fixture", "password": PASSWORD})
    assert SESSION_KEY not in client.session
    assert client.get("/admin/")["Location"].startswith("/en/accounts/login/")


def test_any_authenticate_call_with_a_request_is_throttled(rf, member):
    # Every login form calling authenticate(request, ...) — e.g. Django's or Wagtail's own — meets the same lock.
    from django.contrib.auth import authenticate

    request = rf.post("/somewhere/")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert authenticate(request, username="member-fixture", password="wrong") is None
    assert authenticate(rf.post("/somewhere/"), username="member-fixture", password=PASSWORD) is None


def test_secretariat_lifts_a_lock(client, member, editor, home):
    fail_logins(client, "member-fixture", settings.AXES_FAILURE_LIMIT)
    admin = type(client)()
    admin.force_login(editor)
    response = admin.get("/admin/accounts/login-locks/")
    assertContains(response, "member-fixture")
    response = admin.post("/admin/accounts/login-locks/lift/", {"username": "member-fixture"}, follow=True)
    assertContains(response, "has been lifted")
    assert not AccessAttempt.objects.filter(username="member-fixture").exists()
    assert client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD}).status_code == 302


def test_member_cannot_see_or_lift_locks(client, member, roles, home):
    from members_area.accounts.roles import ROLE_TRANSLATORS

    translator = with_totp(UserFactory(username="translator", is_staff=True))  # staff: has its second factor
    translator.groups.add(roles[ROLE_TRANSLATORS])
    client.force_login(translator)
    assert client.get("/admin/accounts/login-locks/")["Location"] == "/admin/"  # Wagtail's "no permission"
    assert client.post("/admin/accounts/login-locks/lift/", {"username": "x"})["Location"] == "/admin/"
    client.force_login(member)
    assert client.get("/admin/accounts/login-locks/").status_code == 302


# --- Headers ------------------------------------------------------------------------------------------------------


def test_public_pages_carry_a_csp_with_a_nonce(client, home):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    match = re.search(r"script-src 'self' 'nonce-([^']+)'", csp)
    assert match, csp
    assert f'nonce="{match.group(1)}"' in response.content.decode()
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0]
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    # A fresh nonce for every response.
    assert client.get("/en/")["Content-Security-Policy"] != csp


def test_admin_relaxes_only_scripts_and_styles(client, editor, home):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = dict(d.strip().split(" ", 1) for d in response["Content-Security-Policy"].split(";") if d.strip())
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["style-src"] == "'self' 'unsafe-inline'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["default-src"] == "'self'"


def test_security_headers_on_public_pages(client, home):
    response = client.get("/en/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_session_cookie_is_http_only_and_lax(client, member, home):
    response = client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


# --- Caching ------------------------------------------------------------------------------------------------------


def test_anonymous_pages_may_be_cached_publicly(client, home):
    response = client.get("/en/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=" in cache_control
    assert "Cookie" in response["Vary"]
    assert not response.cookies


def test_pages_for_a_logged_in_user_are_private_and_not_stored(client, member, home):
    client.force_login(member)
    for url in ("/en/", "/en/accounts/password/change/"):
        response = client.get(url)
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control
        assert "public" not in cache_control
        assert "Cookie" in response["Vary"]


def test_responses_setting_a_cookie_are_never_public(client, home):
    response = client.get(LOGIN_URL)  # sets the CSRF cookie
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


# --- Session lifetime ---------------------------------------------------------------------------------------------


def age_session(client, **seconds_ago: int) -> None:
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_idle_session_ends(client, member, home):
    client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    assert client.get("/en/accounts/password/change/").status_code == 200
    age_session(client, **{LAST_SEEN_KEY: settings.ISCN_SESSION_IDLE_TIMEOUT + 5})
    response = client.get("/en/accounts/password/change/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    assert SESSION_KEY not in client.session


def test_session_ends_after_its_absolute_lifetime_even_when_active(client, member, home):
    client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    age_session(client, **{LOGIN_AT_KEY: settings.ISCN_SESSION_ABSOLUTE_LIFETIME + 5, LAST_SEEN_KEY: 10})
    response = client.get("/en/accounts/password/change/", follow=True)
    assertContains(response, "Your session has expired")
    assert SESSION_KEY not in client.session


def test_session_cookie_ends_with_the_browser_and_the_stored_session_expires(client, member, home):
    response = client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]
    stored = Session.objects.get(session_key=cookie.value)
    lifetime = (stored.expire_date - timezone.now()).total_seconds()
    assert lifetime <= settings.ISCN_SESSION_ABSOLUTE_LIFETIME


def test_password_change_ends_the_other_sessions_only(client, member, home):
    other = type(client)()
    other.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    client.post(LOGIN_URL, {"login": "member-fixture", "password": PASSWORD})
    other_key = other.session.session_key
    assert Session.objects.filter(session_key=other_key).exists()

    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "Another long passphrase", "password2": "Another long passphrase"},
    )
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=other_key).exists()
    assert other.get("/en/accounts/password/change/").status_code == 302  # sent to the login
    assert client.get("/en/accounts/password/change/").status_code == 200  # this one stays
    assert client.session[SESSION_KEY] == str(member.pk)


# --- check --deploy -----------------------------------------------------------------------------------------------

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "a-production-like-secret-key-of-sufficient-length-and-entropy-0123456789",
    "ALLOWED_HOSTS": "iscn.example.org",
    "DATABASE_URL": "sqlite:////tmp/iscn-check-deploy.sqlite3",
}


def production_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}  # set for the browser tests
    return {**env, **PRODUCTION_ENV}


# One process under the production settings: prints the cookie settings, then runs `check --deploy`.
PRODUCTION_PROBE = (
    "import django; django.setup(); "
    "from django.conf import settings; from django.core.management import call_command; "
    "print(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, settings.ISCN_REQUIRE_STAFF_MFA, flush=True); "
    "call_command('check', '--deploy', '--fail-level', 'WARNING')"
)


@pytest.fixture(scope="module")
def production_run() -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=settings.BASE_DIR,
        env=production_env(),
        capture_output=True,
        text=True,
    )


def test_production_cookies_are_secure(production_run):
    assert production_run.stdout.splitlines()[0].split() == ["True", "True", "True"], production_run.stderr


def test_check_deploy_is_clean_under_production_settings(production_run):
    output = production_run.stdout + production_run.stderr
    assert production_run.returncode == 0, output
    assert "WARNINGS" not in output and "ERRORS" not in output
    assert "System check identified no issues" in output


def test_private_pages_are_never_stored_in_a_shared_cache(client, home, member, roles):
    from wagtail.models import PageViewRestriction

    from members_area.accounts.roles import ROLE_MEMBERS
    from tests.factories import StandardPageFactory

    private = StandardPageFactory(parent=home, title="Members only", slug="members-only")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles[ROLE_MEMBERS])

    anonymous = client.get(private.url)
    assert anonymous.status_code == 302
    assert "public" not in anonymous.get("Cache-Control", "")

    client.force_login(member)
    response = client.get(private.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
