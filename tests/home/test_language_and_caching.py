"""The reader's language is kept everywhere (language switcher, login, logout)."""

import html
import re

import pytest

from home.models import EventIndexPage, NewsIndexPage, StandardPage
from members_area.models import MembersAreaPage
from tests.home.conftest import add, publish

PASSWORD = "correct horse battery"


def switcher_url(response, code: str) -> str:
    """The href of the language switcher's link to `code`."""
    content = response.content.decode()
    match = re.search(rf'<a class="language-switcher__link" href="([^"]*)" hreflang="{code}"', content)
    assert match, f"no switcher link to {code}"
    return html.unescape(match.group(1))


@pytest.fixture
def members_page(home_pages, roles, django_capture_on_commit_callbacks) -> StandardPage:
    """A page below the members root; the root exists in every language, the page in English and German only."""
    with django_capture_on_commit_callbacks(execute=True):
        root = home_pages["en"].add_child(instance=MembersAreaPage(title="Members area", slug="members", live=False))
        publish(root)
        for code in ("de", "es", "pt"):
            publish(root.copy_for_translation(home_pages[code].locale))
        page = root.add_child(instance=StandardPage(title="Meeting notes", slug="notes", body="[]", live=False))
        publish(page)
        publish(page.copy_for_translation(home_pages["de"].locale))
    return page


@pytest.fixture
def news_index(home_pages) -> NewsIndexPage:
    index = add(home_pages["en"], NewsIndexPage(title="News", slug="news"))
    publish(index.copy_for_translation(home_pages["de"].locale))
    return index


@pytest.fixture
def events_index(home_pages) -> EventIndexPage:
    index = add(home_pages["en"], EventIndexPage(title="Events", slug="events"))
    publish(index.copy_for_translation(home_pages["de"].locale))
    return index


# --- The language switcher links the same place in the other language ---------------------------------------------


def test_switcher_on_a_members_page_keeps_the_member_on_that_page(client, member, members_page):
    client.force_login(member)
    response = client.get("/en/members/notes/")
    assert response.status_code == 200
    assert switcher_url(response, "de") == "/de/members/notes/"
    # Not translated into Spanish: the nearest section the member may see, not the Spanish home page.
    assert switcher_url(response, "es") == "/es/members/"


def test_switcher_on_a_members_page_lists_the_members_translations_as_alternates(client, member, members_page):
    client.force_login(member)
    content = client.get("/en/members/notes/").content.decode()
    assert 'hreflang="de" href="http://localhost/de/members/notes/"' in content


def test_switcher_on_the_search_page_keeps_the_search_words(client, home_pages):
    response = client.get("/en/search/?q=smart+cities&type=news")
    assert switcher_url(response, "de") == "/de/search/?q=smart+cities&type=news"
    assert switcher_url(response, "pt") == "/pt/search/?q=smart+cities&type=news"


def test_switcher_on_the_login_page_keeps_the_login_page_and_its_next(client, home_pages):
    response = client.get("/en/accounts/login/?next=/en/members/")
    assert response.status_code == 200
    assert switcher_url(response, "de") == "/de/accounts/login/?next=/en/members/"


def test_switcher_on_the_profile_page_keeps_the_profile(client, member, home_pages):
    client.force_login(member)
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 200
    assert switcher_url(response, "es") == "/es/accounts/profile/"


def test_switcher_on_a_filtered_news_list_keeps_the_filters(client, news_index):
    response = client.get("/en/news/?topic=climate&country=BR")
    assert response.status_code == 200
    assert switcher_url(response, "de") == "/de/news/?topic=climate&country=BR"
    # No Spanish news list: that language's home page, without filters that mean nothing there.
    assert switcher_url(response, "es") == "/es/"


def test_switcher_on_the_events_archive_keeps_the_archive(client, events_index):
    response = client.get("/en/events/?archive=1")
    assert switcher_url(response, "de") == "/de/events/?archive=1"


# --- Logging in and out keeps the language ---------------------------------------------------------------------------


def test_login_without_next_lands_on_the_home_page_of_the_language_read(client, member, home_pages):
    response = client.post("/de/accounts/login/", {"login": member.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert client.get("/de/").wsgi_request.user == member


def test_login_with_next_still_goes_there(client, member, members_page):
    credentials = {"login": member.username, "password": PASSWORD}
    response = client.post("/pt/accounts/login/?next=/en/members/notes/", credentials)
    assert response["Location"] == "/en/members/notes/"


def test_logout_from_german_lands_on_the_german_home_page(client, member, home_pages):
    client.force_login(member)
    response = client.post("/de/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert not client.get("/de/").wsgi_request.user.is_authenticated
