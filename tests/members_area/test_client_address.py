"""Every limiter reads the client's address the same way, behind the proxy, without trusting forged header entries."""

import subprocess
import sys

from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY

import pytest
from axes.models import AccessAttempt
from pytest_django.asserts import assertContains, assertRedirects

from home.models import ContactPage
from tests.factories import UserFactory
from tests.members_area.test_security import production_env

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
LOGIN_URL = "/en/accounts/login/"
PROXY = "10.0.0.1"  # REMOTE_ADDR of every request that comes through the TLS proxy
ATTACKER = "203.0.113.9"
VICTIM = "198.51.100.7"


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def via_proxy(forwarded_for: str) -> dict[str, str]:
    """What the app receives when the proxy appended the client's address to the header the client sent."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded_for}


def log_in(client, login: str, password: str, forwarded_for: str):
    return client.post(LOGIN_URL, {"login": login, "password": password}, **via_proxy(forwarded_for))


def test_production_trusts_one_proxy_by_default():
    out = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT)"],
        env=production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "1"


def test_failed_logins_behind_the_proxy_do_not_lock_out_other_visitors(client, behind_one_proxy, member, home):
    for _ in range(django_settings.AXES_FAILURE_LIMIT + 1):
        log_in(client, "member-fixture", "wrong password", ATTACKER)
    response = log_in(type(client)(), "member-fixture", PASSWORD, VICTIM)
    assert response.status_code == 302
    assert AccessAttempt.objects.get().ip_address == ATTACKER


def test_forged_left_most_entries_do_not_choose_the_address(client, behind_one_proxy, member, home):
    # The attacker writes the victim's address into the header; the proxy appends the attacker's real one.
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        log_in(client, "member-fixture", "wrong password", f"{VICTIM}, {ATTACKER}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    # The victim still gets in; the attacker's own pair is locked even with the right password and a new forgery.
    assert log_in(type(client)(), "member-fixture", PASSWORD, VICTIM).status_code == 302
    response = log_in(type(client)(), "member-fixture", PASSWORD, f"192.0.2.44, {ATTACKER}")
    assert response.status_code == 429


def test_without_trusted_proxies_the_header_is_ignored(client, member, home):
    assert django_settings.TRUSTED_PROXY_COUNT == 0
    for n in range(django_settings.AXES_FAILURE_LIMIT):
        log_in(client, "member-fixture", "wrong password", f"192.0.2.{n}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {PROXY}
    assert log_in(type(client)(), "member-fixture", PASSWORD, VICTIM).status_code == 429


def test_one_address_trying_many_accounts_is_slowed_down(client, behind_one_proxy, member, home):
    """allauth's per-address limit sees the client behind the proxy too: the sprayer is slowed, others are not."""
    for n in range(30):
        log_in(client, f"guess{n}", "wrong password", f"{VICTIM}, {ATTACKER}")
    assert log_in(client, "member-fixture", PASSWORD, ATTACKER).status_code == 429
    assert SESSION_KEY not in client.session
    assert log_in(type(client)(), "member-fixture", PASSWORD, VICTIM).status_code == 302


def test_contact_form_limit_counts_per_visitor_behind_the_proxy(client, behind_one_proxy, home, settings):
    home.add_child(instance=ContactPage(title="Contact", slug="contact"))
    settings.CONTACT_RATE_LIMIT = 2
    message = {"name": "Ana", "email": "ana@example.org", "subject": "Hello", "message": "A question."}
    for n in range(2):
        response = client.post("/en/contact/", message, **via_proxy(f"192.0.2.{n}, {ATTACKER}"))
        assertRedirects(response, "/en/contact/thanks/")
    # A new forged entry does not give the sender a fresh allowance; a different visitor is not affected.
    response = client.post("/en/contact/", message, **via_proxy(f"192.0.2.99, {ATTACKER}"))
    assertContains(response, "several messages in a short time")
    assertRedirects(client.post("/en/contact/", message, **via_proxy(VICTIM)), "/en/contact/thanks/")


def test_recorded_session_address_is_the_clients(client, behind_one_proxy, home):
    from allauth.usersessions.models import UserSession

    UserFactory(username="someone")
    log_in(client, "someone", PASSWORD, f"{VICTIM}, {ATTACKER}")
    assert UserSession.objects.get().ip == ATTACKER
