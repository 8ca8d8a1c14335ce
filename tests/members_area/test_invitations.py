"""The secretariat invites members by email and deactivates them."""

import re
from datetime import timedelta

from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.core import mail

import pytest
from pytest_django.asserts import assertContains

from members_area.accounts.invitations import InvitationTokenGenerator
from members_area.accounts.roles import ROLE_MEMBERS, ROLE_SECRETARIAT, ROLE_TRANSLATORS
from tests.conftest import with_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Smart cities share their tools"
INVITE_URL = "/admin/accounts/invite/"


@pytest.fixture
def secretariat_client(client, editor):
    client.force_login(editor)
    return client


def invite(client, email: str = "ana.silva@example.gov.br", group: str = ROLE_MEMBERS, language: str = "pt"):
    return client.post(
        INVITE_URL,
        {"first_name": "Ana", "last_name": "Silva", "email": email, "group": group, "language": language},
    )


def invitation_path() -> str:
    url = re.search(r"https?://\S+/accounts/invitation/\S+/", mail.outbox[-1].body).group(0)
    return url.split("testserver", 1)[1]


def test_secretariat_invites_a_member(secretariat_client, home):
    response = invite(secretariat_client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="ana.silva@example.gov.br")
    assert user.username == "ana.silva"
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == [ROLE_MEMBERS]
    assert not user.is_staff

    message = mail.outbox[-1]
    assert message.to == ["ana.silva@example.gov.br"]
    assert message.subject == "[ISCN] Convite para a International Smart Cities Network"
    assert "/pt/accounts/invitation/" in message.body
    assert "Ana Silva" in message.body


def test_invitation_email_is_in_the_chosen_language(secretariat_client, home):
    invite(secretariat_client, language="de")
    message = mail.outbox[-1]
    assert message.subject == "[ISCN] Einladung zum International Smart Cities Network"
    assert "/de/accounts/invitation/" in message.body


def test_invitation_link_sets_the_password_once(client, secretariat_client, home):
    invite(secretariat_client)
    path = invitation_path()
    invitee = type(client)()

    response = invitee.get(path)
    assert response.status_code == 302
    assert "set-password" in response["Location"]  # the token leaves the URL (no leak through Referer)
    form_page = invitee.get(response["Location"])
    assertContains(form_page, "Aceitar o convite")  # the invitation's language
    response = invitee.post(response["Location"], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/pt/accounts/login/"
    user = get_user_model().objects.get(email="ana.silva@example.gov.br")
    assert user.check_password(NEW_PASSWORD)

    # The same link again: refused with a friendly page, password unchanged.
    again = type(client)()
    response = again.get(path)
    assertContains(response, "Este link de convite não funciona mais", status_code=400)
    response = again.post(path, {"new_password1": "Another passphrase 1", "new_password2": "Another passphrase 1"})
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)

    # And the invitee logs in with the new password.
    response = again.post("/en/accounts/login/", {"login": "ana.silva@example.gov.br", "password": NEW_PASSWORD})
    assert again.session[SESSION_KEY] == str(user.pk)


def test_invitation_link_expires(client, secretariat_client, home, settings, monkeypatch):
    settings.ISCN_INVITATION_TIMEOUT_DAYS = 7
    invite(secretariat_client)
    path = invitation_path()
    real_now = InvitationTokenGenerator._now
    monkeypatch.setattr(InvitationTokenGenerator, "_now", lambda self: real_now(self) + timedelta(days=7, hours=1))
    response = type(client)().get(path)
    assertContains(response, "Este link de convite não funciona mais", status_code=400)
    monkeypatch.setattr(InvitationTokenGenerator, "_now", lambda self: real_now(self) + timedelta(days=6))
    assert type(client)().get(path).status_code == 302


def test_invitation_link_is_no_password_reset_link_and_vice_versa(client, secretariat_client, home):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    invite(secretariat_client)
    user = get_user_model().objects.get(email="ana.silva@example.gov.br")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    response = type(client)().get(f"/en/accounts/invitation/{uid}/{default_token_generator.make_token(user)}/")
    assert response.status_code == 400


def test_tampered_link_is_refused(client, home):
    assertContains(client.get("/en/accounts/invitation/xx/1-abc/"), "no longer works", status_code=400)
    assertContains(client.get("/en/accounts/invitation/MQ/set-password/"), "no longer works", status_code=400)


def test_invitation_link_of_a_deactivated_account_is_refused(client, secretariat_client, home):
    invite(secretariat_client)
    path = invitation_path()
    get_user_model().objects.filter(email="ana.silva@example.gov.br").update(is_active=False)
    assert type(client)().get(path).status_code == 400


def test_invitation_to_an_existing_address_is_refused(secretariat_client, member, home):
    response = invite(secretariat_client, email="MEMBER-FIXTURE@example.org")
    assertContains(response, "An account with this email address already exists.")
    assert not mail.outbox


def test_secretariat_invitee_is_staff(client, home, roles):
    client.force_login(with_totp(UserFactory(username="root", is_superuser=True, is_staff=True)))
    invite(client, email="sec@example.org", group=ROLE_SECRETARIAT)  # only an administrator invites staff
    assert get_user_model().objects.get(email="sec@example.org").is_staff


def test_others_cannot_invite(client, member, roles, home):
    translator = with_totp(UserFactory(username="translator", is_staff=True))  # staff: has its second factor
    translator.groups.add(roles[ROLE_TRANSLATORS])
    client.force_login(translator)
    # Wagtail turns the refusal into a redirect to the dashboard with "Sorry, you do not have permission".
    assert invite(client)["Location"] == "/admin/"
    assert client.get("/admin/accounts/")["Location"] == "/admin/"
    client.force_login(member)
    assert invite(client).status_code == 302  # no admin access: sent to the login
    assert not get_user_model().objects.filter(email="ana.silva@example.gov.br").exists()


def test_accounts_menu_only_for_the_secretariat(client, editor, roles, home):
    client.force_login(editor)
    assertContains(client.get("/admin/"), "/admin/accounts/invite/")
    translator = with_totp(UserFactory(username="translator", is_staff=True))  # staff: has its second factor
    translator.groups.add(roles[ROLE_TRANSLATORS])
    client.force_login(translator)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/accounts/invite/" not in response.content.decode()


def test_resend_invitation(secretariat_client, home):
    invite(secretariat_client)
    user = get_user_model().objects.get(email="ana.silva@example.gov.br")
    response = secretariat_client.post(f"/admin/accounts/{user.pk}/invite-again/", follow=True)
    assertContains(response, "A new invitation has been sent")
    assert len(mail.outbox) == 2


# --- Deactivation -------------------------------------------------------------------------------------------------


def test_deactivation_ends_an_open_session_at_once(client, secretariat_client, member, home):
    member_client = type(client)()
    member_client.post("/en/accounts/login/", {"login": "member-fixture", "password": "correct horse battery"})
    assert member_client.get("/en/accounts/password/change/").status_code == 200
    session_key = member_client.session.session_key

    response = secretariat_client.post(f"/admin/accounts/{member.pk}/deactivate/", follow=True)
    assertContains(response, "has been deactivated")

    member.refresh_from_db()
    assert not member.is_active
    assert not Session.objects.filter(session_key=session_key).exists()
    response = member_client.get("/en/accounts/password/change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    # Logging in again is refused too.
    member_client.post("/en/accounts/login/", {"login": "member-fixture", "password": "correct horse battery"})
    assert SESSION_KEY not in member_client.session


def test_deactivation_keeps_the_account_and_its_content(secretariat_client, member, home):
    secretariat_client.post(f"/admin/accounts/{member.pk}/deactivate/")
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_deactivation_needs_a_post_and_the_permission(client, member, roles, home):
    translator = with_totp(UserFactory(username="translator", is_staff=True))  # staff: has its second factor
    translator.groups.add(roles[ROLE_TRANSLATORS])
    client.force_login(translator)
    assert client.post(f"/admin/accounts/{member.pk}/deactivate/")["Location"] == "/admin/"  # refused
    member.refresh_from_db()
    assert member.is_active


def test_secretariat_cannot_deactivate_itself_or_an_administrator(secretariat_client, editor, home):
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    response = secretariat_client.post(f"/admin/accounts/{editor.pk}/deactivate/", follow=True)
    assertContains(response, "You cannot deactivate your own account.")
    response = secretariat_client.post(f"/admin/accounts/{admin.pk}/deactivate/", follow=True)
    assertContains(response, "Only an administrator can deactivate an administrator.")
    editor.refresh_from_db()
    admin.refresh_from_db()
    assert editor.is_active and admin.is_active


def test_deactivation_in_wagtails_user_editor_ends_sessions_too(client, member, home):
    member_client = type(client)()
    member_client.force_login(member)
    session_key = member_client.session.session_key
    member.is_active = False
    member.save()
    assert not Session.objects.filter(session_key=session_key).exists()
    assert member_client.get("/en/accounts/password/change/").status_code == 302


def test_wagtail_admin_never_handles_passwords(client, editor, home):
    client.force_login(editor)
    assert client.get("/admin/password_reset/").status_code in (302, 404)
    response = client.get("/admin/users/new/")
    assert response.status_code == 200
    assert 'name="password1"' not in response.content.decode()


def test_accounts_list_shows_status_and_second_factor(secretariat_client, member, home):
    invite(secretariat_client)
    response = secretariat_client.get("/admin/accounts/")
    assertContains(response, "member-fixture")
    assertContains(response, "ana.silva")
    assertContains(response, "Invite again")
    response = secretariat_client.get("/admin/accounts/?q=ana")
    assertContains(response, "ana.silva")
    assert "member-fixture" not in response.content.decode()


def test_admin_account_page_links_to_the_site_account_pages(secretariat_client, home):
    response = secretariat_client.get("/admin/account/")
    assertContains(response, 'href="/en/accounts/password/change/"')
    assertContains(response, 'href="/en/accounts/2fa/"')
