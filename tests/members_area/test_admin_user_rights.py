"""Only superusers grant administrator or staff rights, or edit administrators and staff; the Secretariat manages
members. Each forbidden edit goes through the admin as a POST and leaves the database as it was."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from members_area.accounts.roles import ROLE_MEMBERS, ROLE_SECRETARIAT
from tests.conftest import with_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def secretariat(client, editor, home):
    client.force_login(editor)
    return client


@pytest.fixture
def superuser_client(client, home):
    root = with_totp(UserFactory(username="root", is_staff=True, is_superuser=True))
    client.force_login(root)
    return client


def user_form(user, **changes) -> dict:
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "First",
        "last_name": user.last_name or "Last",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
    }
    data.update(changes)
    return data


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to its dashboard (or a 403)."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_secretariat_cannot_make_a_member_superuser(secretariat, member):
    response = secretariat.post(f"/admin/users/edit/{member.pk}/", user_form(member, is_superuser="on"))
    member.refresh_from_db()
    assert response.status_code in (200, 302)
    assert not member.is_superuser


def test_secretariat_cannot_put_a_member_in_the_secretariat(secretariat, member, roles):
    groups = [roles[ROLE_MEMBERS].pk, roles[ROLE_SECRETARIAT].pk]
    secretariat.post(f"/admin/users/edit/{member.pk}/", user_form(member, groups=groups))
    assert not member.groups.filter(name=ROLE_SECRETARIAT).exists()


def test_secretariat_cannot_create_a_superuser_or_staff(secretariat, roles):
    new = {"username": "new", "email": "new@example.org", "first_name": "N", "last_name": "U"}
    secretariat.post("/admin/users/new/", {**new, "is_superuser": "on"})
    secretariat.post("/admin/users/new/", {**new, "username": "new2", "groups": [roles[ROLE_SECRETARIAT].pk]})
    assert not User.objects.filter(is_superuser=True).exclude(username="root").exists()
    assert not User.objects.filter(groups__name=ROLE_SECRETARIAT).exclude(username="editor-fixture").exists()


@pytest.mark.parametrize("target", ["superuser", "colleague", "self"])
def test_secretariat_cannot_edit_or_delete_privileged_accounts(secretariat, editor, roles, target):
    if target == "superuser":
        account = UserFactory(username="boss", is_staff=True, is_superuser=True)
    elif target == "colleague":
        account = UserFactory(username="colleague", is_staff=True)
        account.groups.add(roles[ROLE_SECRETARIAT])
    else:
        account = editor
    before = User.objects.filter(pk=account.pk).values().get()
    assert refused(secretariat.get(f"/admin/users/edit/{account.pk}/"))
    assert refused(secretariat.post(f"/admin/users/edit/{account.pk}/", user_form(account, email="taken@example.net")))
    secretariat.post(f"/admin/users/delete/{account.pk}/")
    assert User.objects.filter(pk=account.pk).values().get() == before


def test_secretariat_cannot_assign_the_secretariat_role_in_bulk(secretariat, member, roles):
    url = f"/admin/bulk/members_area/user/assign_role/?id={member.pk}"
    response = secretariat.post(url, {"role": roles[ROLE_SECRETARIAT].pk})
    assert response.status_code in (302, 403)
    assert not member.groups.filter(name=ROLE_SECRETARIAT).exists()


def test_secretariat_cannot_deactivate_a_superuser_in_bulk(secretariat):
    boss = UserFactory(username="boss", is_staff=True, is_superuser=True)
    secretariat.post(f"/admin/bulk/members_area/user/set_active_state/?id={boss.pk}", {"mark_as_active": ""})
    boss.refresh_from_db()
    assert boss.is_active


def test_secretariat_still_edits_members(secretariat, member):
    response = secretariat.post(f"/admin/users/edit/{member.pk}/", user_form(member, first_name="Renamed"))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.first_name == "Renamed"


def test_secretariat_cannot_invite_staff(secretariat):
    data = {"first_name": "A", "last_name": "B", "email": "a@example.org", "group": ROLE_SECRETARIAT, "language": "en"}
    response = secretariat.post("/admin/accounts/invite/", data)
    assert response.status_code == 200  # the form, with an error
    assert not User.objects.filter(email="a@example.org").exists()


def test_superuser_grants_rights(superuser_client, member, roles):
    groups = [roles[ROLE_MEMBERS].pk, roles[ROLE_SECRETARIAT].pk]
    response = superuser_client.post(
        f"/admin/users/edit/{member.pk}/", user_form(member, is_superuser="on", groups=groups)
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_superuser
    assert set(member.groups.values_list("name", flat=True)) == {ROLE_MEMBERS, ROLE_SECRETARIAT}
    assert Group.objects.filter(name=ROLE_SECRETARIAT).exists()
