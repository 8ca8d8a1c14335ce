"""The roles of DESIGN.md exist after migrate with the permissions they need, and no more."""

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

import pytest

pytestmark = pytest.mark.django_db


def page_codenames(group: Group) -> set[str]:
    return set(GroupPagePermission.objects.filter(group=group).values_list("permission__codename", flat=True))


def test_groups_come_from_migrations():
    assert {"Secretariat", "Translators", "Members"} <= set(Group.objects.values_list("name", flat=True))


def test_secretariat_edits_and_publishes_everything(roles):
    secretariat = roles["Secretariat"]
    codenames = set(
        GroupPagePermission.objects.filter(group=secretariat).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames
    perms = set(secretariat.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in perms
    assert ("home", "add_country") in perms
    assert ("wagtail_localize", "submit_translation") in perms


def test_translators_translate_but_do_not_publish(roles):
    translators = roles["Translators"]
    codenames = set(
        GroupPagePermission.objects.filter(group=translators).values_list("permission__codename", flat=True)
    )
    assert codenames == {"change_page"}
    perms = set(translators.permissions.values_list("codename", flat=True))
    assert "submit_translation" in perms
    assert "add_country" not in perms and "delete_topic" not in perms


def test_members_have_no_admin_access(roles):
    assert not roles["Members"].permissions.exists()
    assert not GroupPagePermission.objects.filter(group=roles["Members"]).exists()
