"""Access control of the members area: every route to private content, for anonymous, non-member and member."""

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import StandardPage
from members_area import access
from members_area.models import MembersAreaPage
from tests.conftest import with_totp
from tests.members_area.conftest import MARKER, members_restrictions

pytestmark = pytest.mark.django_db

LOGIN_PATH = "/accounts/login/"  # allauth's login, after the language prefix


def assert_refused_anonymously(response) -> None:
    assert response.status_code in (302, 404), response.status_code
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert MARKER not in response.content.decode()


def test_is_member_only_for_active_members_and_superusers(member, outsider, editor, django_user_model):
    assert access.is_member(member)
    assert not access.is_member(outsider)
    assert not access.is_member(editor)
    assert not access.is_member(AnonymousUser())
    member.is_active = False
    assert not access.is_member(member)
    root = django_user_model.objects.create(username="root", is_superuser=True, is_active=True)
    assert not access.is_member(root)  # no second factor yet: a plain signed-in user
    assert access.is_member(with_totp(django_user_model.objects.get(pk=root.pk)))


# --- The restriction in every locale ---


def test_every_locale_members_root_carries_the_members_restriction(demo_site, roles):
    roots = MembersAreaPage.objects.select_related("locale")
    assert {root.locale.language_code for root in roots} == {"en", "de", "es", "pt"}
    for root in roots:
        restrictions = list(root.view_restrictions.all())
        assert [r.restriction_type for r in restrictions] == [PageViewRestriction.GROUPS], root.locale
        assert list(restrictions[0].groups.values_list("name", flat=True)) == ["Members"]


def test_demo_members_area_is_translated_for_real(client, demo_site, member):
    client.force_login(member)
    assertContains(client.get("/de/members/"), "Mitgliederbereich")
    assertContains(client.get("/es/members/"), "Área de miembros")
    assertContains(client.get("/pt/members/"), "Área de membros")


def test_translation_created_later_gets_the_restriction(home_pages, roles):
    root = home_pages["en"].add_child(instance=MembersAreaPage(title="Members area", slug="members"))
    assert members_restrictions(root)
    copy = root.copy_for_translation(home_pages["es"].locale)
    restrictions = members_restrictions(copy)
    assert restrictions and list(restrictions[0].groups.all()) == [roles["Members"]]


def test_members_root_any_logged_in_restriction_is_replaced_by_members(members_root, roles):
    members_root.view_restrictions.all().delete()
    PageViewRestriction.objects.create(page=members_root, restriction_type=PageViewRestriction.LOGIN)
    members_root.save_revision().publish()
    assert [r.restriction_type for r in members_root.view_restrictions.all()] == [PageViewRestriction.GROUPS]


def test_page_restricted_after_translation_is_restricted_in_every_locale(home_pages, roles):
    page = home_pages["en"].add_child(instance=StandardPage(title="Working group", slug="working-group", body="[]"))
    german = page.copy_for_translation(home_pages["de"].locale)
    assert not german.view_restrictions.exists()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles["Members"])
    copied = members_restrictions(german)
    assert copied and list(copied[0].groups.all()) == [roles["Members"]]
    # A translation made afterwards inherits it too.
    spanish = page.copy_for_translation(home_pages["es"].locale)
    assert members_restrictions(spanish)


def test_members_restriction_removed_in_the_admin_comes_back(
    client, members_root, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:set_privacy", args=[members_root.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"restriction_type": "none"})
    assert response.status_code == 200
    assert members_restrictions(members_root)


# --- Serving: anonymous, non-member, member ---


@pytest.mark.parametrize("code", ["en", "de", "es", "pt"])
def test_anonymous_is_sent_to_login_from_members_root_in_every_locale(client, members_root, code):
    response = client.get(f"/{code}/members/")
    assert response.status_code == 302
    assert LOGIN_PATH in response["Location"]
    assert f"next=/{code}/members/" in response["Location"]


@pytest.mark.parametrize("path", ["/en/members/meeting-notes/", "/de/members/meeting-notes/"])
def test_anonymous_never_sees_a_private_page_or_its_translation(client, private_page, path):
    assert_refused_anonymously(client.get(path))


def test_non_member_gets_a_friendly_403(client, private_page, outsider):
    client.force_login(outsider)
    for path, text in (
        ("/en/members/", "Members only"),
        ("/en/members/meeting-notes/", "Members only"),
        ("/de/members/meeting-notes/", "Nur für Mitglieder"),
    ):
        response = client.get(path)
        assert response.status_code == 403
        assertContains(response, text, status_code=403)
        assertNotContains(response, MARKER, status_code=403)


def test_non_member_403_page_is_translated(client, private_page, outsider):
    client.force_login(outsider)
    response = client.get("/de/members/", HTTP_ACCEPT_LANGUAGE="de")
    assertContains(response, "Nur für Mitglieder", status_code=403)


def test_member_sees_private_pages_in_every_locale(client, private_page, member):
    client.force_login(member)
    assertContains(client.get("/en/members/meeting-notes/"), MARKER)
    assertContains(client.get("/de/members/meeting-notes/"), MARKER)
    response = client.get("/en/members/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_second_layer_refuses_even_without_any_restriction(client, private_page, outsider, member):
    # Someone removes every restriction (the restore runs only after commit, which this test never reaches).
    PageViewRestriction.objects.all().delete()
    assert Page.objects.filter(pk=private_page.pk).public().exists()
    assert_refused_anonymously(client.get("/en/members/meeting-notes/"))
    assert_refused_anonymously(client.get("/de/members/"))
    client.force_login(outsider)
    assert client.get("/en/members/meeting-notes/").status_code == 403
    client.force_login(member)
    assertContains(client.get("/en/members/meeting-notes/"), MARKER)


def test_access_helpers_hide_members_area_even_without_restriction(private_page, outsider, member):
    PageViewRestriction.objects.all().delete()
    assert not access.can_view(outsider, private_page)
    assert not access.can_view(AnonymousUser(), private_page)
    assert access.can_view(member, private_page)
    assert not access.visible_pages(outsider).filter(pk=private_page.pk).exists()
    assert access.visible_pages(member).filter(pk=private_page.pk).exists()


def test_public_channels_hide_members_area_even_without_restriction(client, private_page):
    """The sitemap and the menu ask home.visibility, which carries the members-area rule through its hooks."""
    PageViewRestriction.objects.all().delete()
    from home.visibility import visible_pages

    assert not visible_pages(AnonymousUser()).filter(pk=private_page.pk).exists()
    assert MARKER not in client.get("/sitemap.xml").content.decode()
    assert "/en/members/" not in client.get("/sitemap.xml").content.decode()
    home_html = client.get("/en/").content.decode()
    assert 'href="/en/members/"' not in home_html


# --- Drafts, previews and revisions ---


@pytest.fixture
def draft_revision(private_page):
    private_page.title = f"Draft title {MARKER} v2"
    return private_page.save_revision()


@pytest.mark.parametrize("who", ["anonymous", "outsider", "member"])
def test_draft_preview_and_revisions_need_admin_rights(client, private_page, draft_revision, who, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    urls = [
        reverse("wagtailadmin_pages:view_draft", args=[private_page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[private_page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[private_page.pk, draft_revision.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[private_page.pk]),
        reverse("wagtailadmin_pages:history", args=[private_page.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), (url, response.status_code)
        if response.status_code == 302:
            assert LOGIN_PATH in response["Location"] or response["Location"].startswith("/admin/")
        assert MARKER not in response.content.decode(), url


def test_draft_preview_works_for_the_secretariat(client, private_page, draft_revision, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[private_page.pk]))
    assertContains(response, f"Draft title {MARKER} v2")


def test_unpublished_draft_of_a_new_private_page_is_404_for_members(client, members_root, member):
    draft = members_root.add_child(instance=StandardPage(title=MARKER, slug="unpublished", body="[]", live=False))
    client.force_login(member)
    assert client.get("/en/members/unpublished/").status_code == 404
    assert draft.pk


# --- Public channels: sitemap, menus, listings, search, API ---


def test_private_pages_are_not_in_the_sitemap(client, private_page):
    body = client.get("/sitemap.xml").content.decode()
    assert "/members/" not in body
    assert "meeting-notes" not in body


def test_private_pages_are_not_in_the_menu_or_home_listing_for_strangers(client, private_page, outsider, member):
    for user in (None, outsider):
        if user:
            client.force_login(user)
        html = client.get("/en/").content.decode()
        assert "/en/members/" not in html
        assert "Members area" not in html
    client.force_login(member)
    assertContains(client.get("/en/"), 'href="/en/members/"')


def test_private_pages_are_not_in_public_search(private_page):
    assert not Page.objects.live().public().search(MARKER)
    assert list(access.visible_pages(AnonymousUser(), Page.objects.all()).search(MARKER)) == []


def test_no_page_api_is_exposed(client, private_page):
    for path in ("/api/", "/api/v2/pages/", f"/api/v2/pages/{private_page.pk}/", "/en/api/v2/pages/"):
        response = client.get(path, follow=True)  # /api/ is first sent to /en/api/ by the language prefix
        assert response.status_code == 404, path
        assert MARKER not in response.content.decode()


def test_wagtail_localize_translation_of_a_restricted_page_keeps_the_groups(
    home_pages, roles, django_capture_on_commit_callbacks
):
    """wagtail-localize copies a restriction without its groups; the project hook fills them in."""
    from home.demo.translation import translate

    page = home_pages["en"].add_child(
        instance=StandardPage(title="Working group", slug="working-group", introduction="Notes", body="[]")
    )
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles["Members"])
    with django_capture_on_commit_callbacks(execute=True):
        german = translate(page, home_pages["de"].locale, {"Working group": "Arbeitsgruppe", "Notes": "Notizen"})
    restrictions = list(german.view_restrictions.all())
    assert len(restrictions) == 1
    assert list(restrictions[0].groups.all()) == [roles["Members"]]


def test_demo_members_area_is_idempotent(demo_site, django_capture_on_commit_callbacks):
    from members_area.demo import create_demo_content

    with django_capture_on_commit_callbacks(execute=True):
        create_demo_content()
    assert MembersAreaPage.objects.count() == 4
    assert PageViewRestriction.objects.filter(page__in=MembersAreaPage.objects.all()).count() == 4
