"""Privacy follows the content through editor actions: aliases and copies of members pages, and moves into the
members area with the page's translations."""

from django.urls import reverse

from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.models import Page

import pytest

from home.models import StandardPage
from home.visibility import can_view, visible_pages
from tests.members_area.conftest import MARKER, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def refused(response) -> bool:
    """Refused, or (after following redirects) sent to the login page, and the text nowhere."""
    ended_at_login = "/login/" in response.request["PATH_INFO"]
    return (response.status_code in (302, 403, 404) or ended_at_login) and MARKER not in response.content.decode()


def test_admin_refuses_an_alias_of_a_members_page_in_the_public_tree(admin_client, private_page, home_pages):
    response = admin_client.post(
        reverse("wagtailadmin_pages:copy", args=[private_page.pk]),
        {"new_title": "Notes", "new_slug": "notes", "new_parent_page": home_pages["en"].pk, "alias": "on"},
        follow=True,
    )
    assert "can only be copied or aliased inside the members area" in response.content.decode()
    assert not Page.objects.filter(alias_of=private_page).exists()


def test_admin_refuses_a_published_copy_of_a_members_page_in_the_public_tree(admin_client, private_page, home_pages):
    response = admin_client.post(
        reverse("wagtailadmin_pages:copy", args=[private_page.pk]),
        {"new_title": "Notes", "new_slug": "copy", "new_parent_page": home_pages["en"].pk, "publish_copies": "on"},
    )
    assert response.status_code == 302
    assert not Page.objects.filter(slug="copy").exists()


def test_admin_still_copies_inside_the_members_area(admin_client, private_page, members_root):
    admin_client.post(
        reverse("wagtailadmin_pages:copy", args=[private_page.pk]),
        {"new_title": "Notes 2", "new_slug": "notes-2", "new_parent_page": members_root.pk, "publish_copies": "on"},
    )
    assert Page.objects.filter(slug="notes-2").child_of(members_root).exists()


def test_alias_made_outside_the_admin_stays_private(client, private_page, home_pages, outsider, member):
    alias = CreatePageAliasAction(private_page, parent=home_pages["en"], update_slug="leaked").execute(
        skip_permission_checks=True
    )
    assert refused(client.get("/en/leaked/"))
    assert not visible_pages(None).filter(pk=alias.pk).exists()
    assert not visible_pages(outsider).filter(pk=alias.pk).exists()
    assert not can_view(outsider, alias) and can_view(member, alias)
    assert "/en/leaked/" not in client.get("/sitemap.xml").content.decode()
    client.force_login(outsider)
    assert refused(client.get("/en/leaked/"))
    client.force_login(member)
    assert MARKER in client.get("/en/leaked/").content.decode()


def test_alias_without_any_restriction_is_still_members_content(client, private_page, home_pages, outsider):
    """The second layer: even if its restriction is removed, an alias of a members page is for members."""
    alias = CreatePageAliasAction(private_page, parent=home_pages["en"], update_slug="leaked").execute(
        skip_permission_checks=True
    )
    alias.view_restrictions.all().delete()
    assert refused(client.get("/en/leaked/"))
    assert not visible_pages(None).filter(pk=alias.pk).exists()
    assert "/en/leaked/" not in client.get("/en/search/", {"q": MARKER}).content.decode()
    client.force_login(outsider)
    assert refused(client.get("/en/leaked/"))


@pytest.fixture
def public_page(home_pages, django_capture_on_commit_callbacks) -> StandardPage:
    """A public page translated into de, es and pt."""
    with django_capture_on_commit_callbacks(execute=True):
        page = home_pages["en"].add_child(
            instance=StandardPage(title=f"Budget {MARKER}", slug="budget", body="[]", live=False)
        )
        publish(page)
        for code in ("de", "es", "pt"):
            publish(page.copy_for_translation(home_pages[code].locale))
    return page


def test_moving_a_translated_page_into_the_members_area_takes_its_translations(
    admin_client, client, public_page, members_root
):
    for code in ("de", "es", "pt"):
        assert client.get(f"/{code}/budget/").status_code == 200
    response = admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[public_page.pk, members_root.pk]))
    assert response.status_code == 302
    client.logout()
    sitemap = client.get("/sitemap.xml").content.decode()
    for translation in Page.objects.filter(translation_key=public_page.translation_key):
        assert not visible_pages(None).filter(pk=translation.pk).exists(), translation.locale
        assert refused(client.get(translation.url)), translation.url
        assert translation.url not in sitemap
    for code in ("de", "es", "pt"):  # the old address redirects to the new one, which is refused
        assert refused(client.get(f"/{code}/budget/", follow=True))


def test_translation_without_a_members_area_to_go_to_is_restricted_where_it_stands(
    client, public_page, members_root, outsider
):
    Page.objects.type(type(members_root)).filter(locale__language_code="pt").delete()
    public_page.move(members_root, pos="last-child")
    portuguese = Page.objects.get(translation_key=public_page.translation_key, locale__language_code="pt")
    assert not visible_pages(None).filter(pk=portuguese.pk).exists()
    assert not visible_pages(outsider).filter(pk=portuguese.pk).exists()
    assert refused(client.get("/pt/budget/", follow=True))
