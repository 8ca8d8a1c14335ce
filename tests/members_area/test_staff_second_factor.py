"""The staff second factor: never set up with the password alone, and nothing privileged until it exists."""

import re

from django.contrib.auth import SESSION_KEY
from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, hotp_value, yield_hotp_counters_from_time
from pytest_django.asserts import assertContains, assertNotContains

from members_area.accounts.roles import ROLE_SECRETARIAT
from members_area.accounts.second_factor import enrolment_token
from members_area.models import MemberProfile
from tests.conftest import with_totp
from tests.factories import UserFactory
from tests.members_area.conftest import MARKER

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
ACTIVATE_URL = "/en/accounts/2fa/totp/activate/"
ENROL_URL = "/en/accounts/second-factor/"


@pytest.fixture
def new_editor(roles):
    """A Secretariat account whose owner has not set up the second factor yet."""
    user = UserFactory(username="new-editor", email="new-editor@example.org", is_staff=True)
    user.groups.add(roles[ROLE_SECRETARIAT])
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def log_in(client, login: str) -> None:
    client.post("/en/accounts/login/", {"login": login, "password": PASSWORD})
    assert SESSION_KEY in client.session


def current_code(secret: str) -> str:
    return f"{hotp_value(secret, next(yield_hotp_counters_from_time())):06d}"


def activate_totp(client, password: str = PASSWORD) -> None:
    """allauth's TOTP page; it asks for the password again first (reauthentication)."""
    response = client.get(ACTIVATE_URL, follow=True)
    if response.redirect_chain and "/reauthenticate/" in response.redirect_chain[-1][0]:
        response = client.post(response.redirect_chain[-1][0], {"password": password}, follow=True)
    assertContains(response, 'name="code"')
    client.post(ACTIVATE_URL, {"code": current_code(client.session[SECRET_SESSION_KEY])})


# --- Enrolment ----------------------------------------------------------------------------------------------------


def test_password_alone_does_not_open_the_totp_setup(client, new_editor, home):
    log_in(client, "new-editor")
    response = client.get(ACTIVATE_URL)
    assert response["Location"] == ENROL_URL
    response = client.post(ACTIVATE_URL, {"code": "123456"})
    assert response["Location"] == ENROL_URL
    assert not Authenticator.objects.filter(user=new_editor).exists()
    assert client.get("/admin/")["Location"] == ENROL_URL


def test_enrolment_link_goes_to_the_address_on_file_and_opens_the_setup(client, new_editor, home):
    log_in(client, "new-editor")
    assertContains(client.get(ENROL_URL), "new-editor@example.org")
    client.post(ENROL_URL)
    client.post(ENROL_URL)  # pressed twice: still one mail
    assert [message.to for message in mail.outbox] == [["new-editor@example.org"]]
    link = re.search(r"https?://\S+/second-factor/\S+/", mail.outbox[0].body).group(0)

    response = client.get(link)
    assert response["Location"] == ACTIVATE_URL
    activate_totp(client)
    assert Authenticator.objects.filter(user=new_editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("which", ["another account", "expired", "forged"])
def test_a_wrong_or_expired_link_does_not_open_the_setup(client, new_editor, roles, home, settings, which):
    other = UserFactory(username="other-editor", is_staff=True)
    token = {
        "another account": enrolment_token(other),
        "expired": enrolment_token(new_editor),
        "forged": enrolment_token(new_editor)[:-3] + "abc",
    }[which]
    if which == "expired":
        settings.ISCN_SECOND_FACTOR_LINK_SECONDS = -1
    log_in(client, "new-editor")
    response = client.get(f"{ENROL_URL}{token}/")
    assert response.status_code == 400
    assert client.get(ACTIVATE_URL)["Location"] == ENROL_URL


def test_a_link_made_for_the_old_address_stops_working_when_the_address_changes(client, new_editor, home):
    token = enrolment_token(new_editor)
    new_editor.email = "someone-else@example.org"
    new_editor.save()
    log_in(client, "new-editor")
    assert client.get(f"{ENROL_URL}{token}/").status_code == 400


def test_accepting_an_invitation_stands_for_the_link(client, new_editor, home):
    from members_area.accounts.invitations import invitation_url

    new_editor.set_unusable_password()
    new_editor.save()
    request = type("R", (), {"build_absolute_uri": staticmethod(lambda path: path)})()
    url = invitation_url(new_editor, "en", request)
    url = client.get(url)["Location"]
    new_password = "a long new password 42"
    client.post(url, {"new_password1": new_password, "new_password2": new_password})
    client.post("/en/accounts/login/", {"login": "new-editor", "password": new_password})
    activate_totp(client, new_password)
    assert Authenticator.objects.filter(user=new_editor, type=Authenticator.Type.TOTP).exists()


# --- Email changes and notices ------------------------------------------------------------------------------------


def test_staff_without_second_factor_cannot_change_their_email(client, new_editor, home):
    log_in(client, "new-editor")
    assert client.get("/en/accounts/email/")["Location"] == ENROL_URL
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "attacker@example.net"})
    assert response["Location"] == ENROL_URL
    assert not EmailAddress.objects.filter(email="attacker@example.net").exists()


def test_members_still_manage_their_email(client, member, home):
    client.force_login(member)
    assert client.get("/en/accounts/email/").status_code == 200


def test_notices_of_changes_reach_the_old_address(client, member, home):
    EmailAddress.objects.create(user=member, email=member.email, primary=True, verified=True)
    EmailAddress.objects.create(user=member, email="second@example.org", primary=False, verified=True)
    client.force_login(member)
    client.post("/en/accounts/email/", {"action_primary": "", "email": "second@example.org"})
    client.post("/en/accounts/email/", {"action_remove": "", "email": member.email})
    assert EmailAddress.objects.filter(user=member).count() == 1
    removal_notices = [message for message in mail.outbox if member.email in message.to]
    assert len(removal_notices) >= 2  # the change of primary address, and the removal
    # A change of the second factor (here switching it off; allauth sends the notice at once) reaches every address
    # of the account and the one on file.
    with_totp(member)
    mail.outbox.clear()
    response = client.post("/en/accounts/2fa/totp/deactivate/", follow=True)
    if response.redirect_chain and "/reauthenticate/" in response.redirect_chain[-1][0]:
        client.post(response.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
        client.post("/en/accounts/2fa/totp/deactivate/")
    assert not Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert "second@example.org" in recipients and member.email in recipients


# --- What an account without its second factor sees ---------------------------------------------------------------


@pytest.fixture
def superuser_without_factor(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


def test_superuser_without_second_factor_does_not_find_members_content(client, superuser_without_factor, private_page):
    client.force_login(superuser_without_factor)
    assertNotContains(client.get(f"/en/search/?q={MARKER}"), "Meeting notes")
    with_totp(superuser_without_factor)
    assertContains(client.get(f"/en/search/?q={MARKER}"), "Meeting notes")


def test_staff_without_second_factor_cannot_fetch_members_photos(client, new_editor, make_member, home):
    profile: MemberProfile = make_member("photographed")
    client.force_login(new_editor)
    assert client.get(f"/en/accounts/profile/photo/{profile.pk}/").status_code == 403
    superuser = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    assert client.get(f"/en/accounts/profile/members/{profile.pk}/").status_code == 403
