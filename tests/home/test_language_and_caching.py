"""The reader's language is kept everywhere (language switcher, login, logout), and Cache-Control is decided by the
middleware alone: public for what every anonymous visitor gets, private for everything personal or restricted."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from home.models import EventIndexPage, NewsIndexPage, StandardPage
from members_area.models import MembersAreaPage
from members_area.restrictions import ensure_members_collection
from tests.home.conftest import add, publish
from tests.html import attribute

PASSWORD = "correct horse battery"


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response) -> None:
    assert {"private", "no-store"} <= cache_control(response)
    assert "public" not in cache_control(response)
    assert "Cookie" in response["Vary"]


def switcher_url(response, code: str) -> str:
    """The href of the language switcher's link to `code`."""
    return attribute(response.content, "a", "href", class_="language-switcher__link", hreflang=code)


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
    assert attribute(content, "link", "href", rel="alternate", hreflang="de") == "http://testserver/de/members/notes/"


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


# --- Cache-Control -------------------------------------------------------------------------------------------------


@pytest.fixture
def private_document(roles, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    document = get_document_model()(title="Minutes", collection=ensure_members_collection())
    document.file.save("minutes.txt", ContentFile(b"Confidential minutes"), save=False)
    document.save()
    return document


def test_an_anonymous_public_page_may_be_kept_by_shared_caches(client, home_pages, settings):
    response = client.get("/de/")
    assert response.status_code == 200
    assert cache_control(response) == {"public", f"max-age={settings.ISCN_PUBLIC_CACHE_SECONDS}"}
    assert "Cookie" in response["Vary"]


def test_a_public_page_for_a_logged_in_user_is_private(client, member, home_pages):
    client.force_login(member)
    response = client.get("/de/")
    assert response.status_code == 200
    assert_private(response)


def test_a_members_page_is_private_and_never_public_even_when_refused(client, member, outsider, members_page):
    assert "public" not in cache_control(client.get("/en/members/notes/"))  # anonymous: sent to the login
    client.force_login(outsider)
    refused = client.get("/en/members/notes/")
    assert refused.status_code == 403
    assert_private(refused)
    client.force_login(member)
    response = client.get("/en/members/notes/")
    assert response.status_code == 200
    assert_private(response)


def test_a_private_document_is_private(client, member, private_document):
    anonymous = client.get(private_document.url)
    assert anonymous.status_code == 302
    assert "public" not in cache_control(anonymous)
    client.force_login(member)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert_private(response)


def test_the_news_feed_is_public_for_visitors_and_private_for_members(client, member, news_index):
    response = client.get("/en/news/feed/")
    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=900"}
    client.force_login(member)
    assert_private(client.get("/en/news/feed/"))


def test_the_events_calendar_is_public_for_visitors(client, events_index):
    response = client.get("/en/events/calendar.ics")
    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=900"}


def test_the_health_check_is_never_stored(client, db):
    response = client.get("/health/")
    assert {"no-store", "no-cache"} <= cache_control(response)
    assert "public" not in cache_control(response)
