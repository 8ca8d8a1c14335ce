"""Signed-in users without the right get a 403 (no login loop); admin logout by GET changes nothing; reset links and
the language cookie follow the norms."""

import subprocess
import sys

from django.conf import settings
from django.contrib.auth import SESSION_KEY

import pytest
from pytest_django.asserts import assertContains

from tests.members_area.test_security import production_env

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def test_signed_in_non_staff_get_a_403_for_the_admin_not_a_loop(client, member, home):
    client.force_login(member)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assertContains(response, "may not open the page", status_code=403)
    response = client.get("/de/accounts/login/?next=/admin/")
    assertContains(response, "Kein Zugriff", status_code=403)


def test_non_member_gets_a_403_for_a_restricted_page(client, outsider, home, roles):
    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Group page", slug="group-page")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles["Members"])
    client.force_login(outsider)
    response = client.get(page.url, follow=True)
    assert response.status_code == 403


def test_the_login_page_still_works_without_next_for_a_signed_in_user(client, member, home):
    client.force_login(member)
    assert client.get("/en/accounts/login/").status_code in (200, 302)


def test_admin_logout_by_get_changes_nothing(client, editor, home):
    client.force_login(editor)
    response = client.get("/admin/logout/")
    assert settings.SESSION_COOKIE_NAME not in response.cookies  # the cookie is not touched
    assert client.get("/admin/").status_code == 200


def test_admin_logout_by_post_ends_the_session_on_the_server(client, editor, home):
    client.force_login(editor)
    old_cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/admin/logout/")
    replay = type(client)()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old_cookie
    assert replay.get("/admin/").status_code == 302
    assert SESSION_KEY not in replay.session


def test_language_cookie_is_secure_and_reset_links_last_an_hour_in_production():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings as s; print(s.LANGUAGE_COOKIE_SECURE, "
            "s.LANGUAGE_COOKIE_HTTPONLY, s.PASSWORD_RESET_TIMEOUT)",
        ],
        env=production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["True", "True", "3600"]
