"""Builders shared by the working-formats suites: pages below the members root, copied into every locale."""

from wagtail.models import Page

from members_area.models import MembersAreaPage

from .conftest import publish

LOCALES = ["en", "de", "es", "pt"]


def add_page(members_root: MembersAreaPage, page: Page, capture) -> dict[str, Page]:
    """Publish `page` below the English members root and a copy for translation under each other locale's root."""
    with capture(execute=True):
        members_root.add_child(instance=page)
        publish(page)
        pages = {"en": page}
        for root in MembersAreaPage.objects.exclude(pk=members_root.pk).select_related("locale"):
            copy = page.copy_for_translation(root.locale)
            pages[root.locale.language_code] = publish(copy)
    return {code: type(page).objects.get(pk=p.pk) for code, p in pages.items()}


def assert_private_everywhere(client, pages: dict[str, Page], outsider, member) -> None:
    """Anonymous visitors go to the login page, signed-in non-members get 403, members read it, in every locale."""
    assert sorted(pages) == sorted(LOCALES)
    for page in pages.values():
        client.logout()
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert "login" in response["Location"]
        client.force_login(outsider)
        assert client.get(page.url).status_code == 403, page.url
        client.force_login(member)
        assert client.get(page.url).status_code == 200, page.url
    client.logout()
