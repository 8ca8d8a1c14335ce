"""Accounts on django-allauth: login by username or email, safe redirects, POST-only logout, closed sign-up,
password reset without enumeration, and the second factor the Secretariat and superusers must use for the admin."""

import re

from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time
from pytest_django.asserts import assertContains, assertNotContains

from tests.conftest import with_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
LOGIN_URL = "/en/accounts/login/"
NONCE = r'nonce="[^"]+"'


def log_in(client, login: str, password: str = PASSWORD, next_url: str | None = None):
    data = {"login": login, "password": password}
    url = LOGIN_URL if next_url is None else f"{LOGIN_URL}?next={next_url}"
    return client.post(url, data)


def test_member_logs_in_by_username(client, member, home):
    response = log_in(client, "member-fixture")
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(member.pk)


def test_member_logs_in_by_email_in_any_case(client, member, home):
    response = log_in(client, "MEMBER-FIXTURE@example.org")
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(member.pk)


def test_wrong_password_is_refused_with_a_message(client, member, home):
    response = log_in(client, "member-fixture", "not the password")
    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assertContains(response, "not correct")


def test_session_key_rotates_at_login(client, member, home):
    client.get(LOGIN_URL)
    client.session.save()
    session = client.session
    session["before-login"] = True
    session.save()
    key_before = client.session.session_key
    log_in(client, "member-fixture")
    assert client.session[SESSION_KEY] == str(member.pk)
    assert client.session.session_key != key_before


def test_login_follows_a_safe_next(client, member, home):
    response = log_in(client, "member-fixture", next_url="/en/about/")
    assert response["Location"] == "/en/about/"


EVIL_TARGETS = ["https://evil.example", "//evil.example/", "https://evil.example/en/", "/\\evil.example"]


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_login_refuses_an_open_redirect(client, member, home, target):
    response = log_in(client, "member-fixture", next_url=target)
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(member.pk)
    assert "evil.example" not in response["Location"]


def test_logout_by_get_does_not_log_out(client, member, home):
    client.force_login(member)
    response = client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assertContains(response, 'method="post"')
    assert client.session[SESSION_KEY] == str(member.pk)

    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert SESSION_KEY not in client.session


def test_header_shows_login_link_or_logout_form(client, member, home):
    assertContains(client.get("/en/"), f'href="{LOGIN_URL}?next=/en/"')
    client.force_login(member)
    response = client.get("/en/")
    assertContains(response, 'action="/en/accounts/logout/"')
    assertContains(response, "Log out")


def test_signup_is_closed(client, home):
    response = client.get("/en/accounts/signup/")
    assertContains(response, "Sign Up Closed")
    client.post(
        "/en/accounts/signup/",
        {"username": "intruder", "email": "intruder@example.org", "password1": "Xy7!lo-pw", "password2": "Xy7!lo-pw"},
    )
    assert not get_user_model().objects.filter(username="intruder").exists()


def test_password_reset_does_not_reveal_whether_an_account_exists(client, member, home):
    known = client.post("/en/accounts/password/reset/", {"email": "member-fixture@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    done_known = client.get(known["Location"]).content.decode()
    done_unknown = client.get(unknown["Location"]).content.decode()
    # Same page either way (up to the per-response nonce); only the mailbox of the address learns anything.
    assert re.sub(NONCE, "", done_known) == re.sub(NONCE, "", done_unknown)
    recipients = [m.to for m in mail.outbox]
    assert ["member-fixture@example.org"] in recipients


def test_password_reset_link_sets_a_new_password(client, member, home):
    client.post("/en/accounts/password/reset/", {"email": "member-fixture@example.org"})
    link = next(line for line in mail.outbox[-1].body.splitlines() if "/accounts/password/reset/key/" in line).strip()
    path = link.split("testserver", 1)[-1]
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    client.post(form_url, {"password1": "A-new-long-passphrase", "password2": "A-new-long-passphrase"})
    member.refresh_from_db()
    assert member.check_password("A-new-long-passphrase")


def test_account_pages_are_translated(client, home):
    response = client.get("/de/accounts/login/")
    assertContains(response, '<html lang="de"')
    assertContains(response, "Anmelden")
    assertContains(client.get("/es/accounts/password/reset/"), "contraseña")


# --- The admin's login goes through allauth ---------------------------------------------------------------------


def test_admin_sends_anonymous_visitors_to_the_site_login(client, home):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/admin/pages/")


def test_admin_login_form_is_not_used(client, editor, home):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/en/accounts/login/?next=/admin/pages/"
    response = client.post("/admin/login/", {"username": "editor-fixture", "password": PASSWORD})
    assert response.status_code == 302
    assert SESSION_KEY not in client.session
    assert client.get("/admin/login/?next=https://evil.example")["Location"] == "/en/accounts/login/?next=/admin/"


# --- Second factor -------------------------------------------------------------------------------------------------


def test_editor_without_second_factor_is_kept_out_of_the_admin(client, roles, home):
    from members_area.accounts.roles import ROLE_SECRETARIAT

    editor = UserFactory(username="no-mfa-editor", is_staff=True)
    editor.groups.add(roles[ROLE_SECRETARIAT])
    log_in(client, "no-mfa-editor")
    assert client.session[SESSION_KEY] == str(editor.pk)
    for url in ("/admin/", "/admin/pages/", "/admin/accounts/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/second-factor/"
    # The public site and the enrolment page stay open (the setup itself: test_staff_second_factor.py).
    assert client.get("/en/").status_code == 200
    assert client.get("/en/accounts/second-factor/").status_code == 200


def test_superuser_without_second_factor_is_kept_out_of_the_admin(client, home):
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/")["Location"] == "/en/accounts/second-factor/"


def test_member_is_not_asked_for_a_second_factor(client, member, home):
    client.force_login(member)
    response = client.get("/en/accounts/password/change/")
    assert response.status_code == 200


def test_staff_mfa_can_be_switched_off_for_the_demo(client, roles, home, settings):
    settings.ISCN_REQUIRE_STAFF_MFA = False
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200


def current_code(user) -> str:
    from allauth.mfa.adapter import get_adapter

    secret = get_adapter().decrypt(Authenticator.objects.get(user=user, type="totp").data["secret"])
    counter = next(yield_hotp_counters_from_time())
    return f"{hotp_value(secret, counter):06d}"


def test_login_asks_for_the_second_factor_before_the_admin(client, editor, home):
    response = log_in(client, "editor-fixture", next_url="/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/2fa/authenticate/")
    assert SESSION_KEY not in client.session
    assert client.get("/admin/").status_code == 302

    response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assertContains(response, "Incorrect code")
    assert SESSION_KEY not in client.session

    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(editor)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.session[SESSION_KEY] == str(editor.pk)
    assertNotContains(client.get("/admin/"), "Set up two-factor", status_code=200)


def test_totp_setup_lets_the_editor_into_the_admin(client, roles, home):
    from members_area.accounts.roles import ROLE_SECRETARIAT

    editor = UserFactory(username="new-editor", is_staff=True)
    editor.groups.add(roles[ROLE_SECRETARIAT])
    client.force_login(editor)
    assert client.get("/admin/").status_code == 302
    with_totp(editor)
    assert client.get("/admin/").status_code == 200


def test_guessing_the_second_factor_is_throttled(client, editor, home):
    log_in(client, "editor-fixture", next_url="/admin/")
    for _ in range(8):
        client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(editor)})
    assertContains(response, "Too many failed login attempts")
    assert SESSION_KEY not in client.session


def test_staff_without_second_factor_see_only_public_pages(client, home, roles):
    from wagtail.models import PageViewRestriction

    from members_area.accounts.roles import ROLE_MEMBERS
    from tests.factories import StandardPageFactory

    private = StandardPageFactory(parent=home, title="Members only", slug="members-only")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles[ROLE_MEMBERS])
    public = StandardPageFactory(parent=home, title="Open", slug="open")

    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get(public.url).status_code == 200
    assert client.get(private.url)["Location"] == "/en/accounts/second-factor/"
    with_totp(admin)
    assert client.get(private.url).status_code == 200


@pytest.mark.parametrize("code", ["en", "de", "es", "pt"])
def test_account_pages_render_in_the_site_frame(client, member, home, code):
    client.force_login(member)
    for url in ("password/change/", "2fa/", "sessions/", "logout/"):
        response = client.get(f"/{code}/accounts/{url}")
        assertContains(response, f'<html lang="{code}"')
        assertContains(response, 'class="account-nav"' if url != "logout/" else 'class="site-header"')


def test_wagtails_front_end_login_form_is_not_used(client, editor, home, roles):
    from wagtail.models import PageViewRestriction

    from members_area.accounts.roles import ROLE_MEMBERS
    from tests.factories import StandardPageFactory

    private = StandardPageFactory(parent=home, title="Members only", slug="members-only")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles[ROLE_MEMBERS])
    assert client.get(private.url)["Location"] == f"/en/accounts/login/?next={private.url}"

    response = client.post("/en/_util/login/", {"username": "editor-fixture", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert SESSION_KEY not in client.session
