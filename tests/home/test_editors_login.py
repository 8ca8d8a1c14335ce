"""/admin/ sends editors to the site's one login, which says that it is the sign-in for the editors' admin too."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

pytestmark = pytest.mark.django_db


def test_admin_login_says_it_signs_in_to_the_editors_admin(client, home_pages):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/")
    assertContains(response, "You are signing in to the editors")
    assertContains(response, "One sign-in serves both the members area and the editors")


def test_member_login_does_not_speak_of_the_admin_as_the_destination(client, home_pages):
    response = client.get("/en/accounts/login/?next=/en/members/")
    assertNotContains(response, "You are signing in to the editors")
    assertContains(response, "One sign-in serves both")


def test_german_admin_login_speaks_formally(client, home_pages):
    response = client.get("/de/accounts/login/?next=/admin/")
    assertContains(response, "Sie melden sich in der Redaktionsverwaltung an")


def test_library_pages_address_german_readers_formally(client, home_pages, member):
    reset = client.get("/de/accounts/password/reset/")
    assertContains(reset, "Geben Sie unten Ihre E-Mail-Adresse ein")
    assertNotContains(reset, "Gib deine")
    client.force_login(member)
    logout = client.get("/de/accounts/logout/")
    assertContains(logout, "Möchten Sie sich wirklich abmelden?")
    assertNotContains(logout, "Bist du sicher")
